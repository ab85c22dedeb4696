// One section per Objective (`【O1 服务业务】`): a bullet per project with its status, progress, due and sub-points.

import type { ProjectState } from '../choices';
import type { Language } from '../language';
import { type Message, t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { ObjectiveSection, ProjectLine } from '../model/report-model';
import { progressNote } from '../phrases';
import { item, joinClauses, listBody, pointsList, section } from './blocks';
import type { Block, ListItem } from './document';

const MARKERS: Partial<Record<ProjectState, Message>> = {
  delayed: reportMessages.delayedMarker,
  'at-risk': reportMessages.atRiskMarker,
};

/** `{Project}：{Status}，总体进度85%，较上周70%新增15%进度，计划11/16`, marked `【延期】`/`【风险】` up front. */
export function projectText(project: ProjectLine, language: Language): string {
  const details = joinClauses(
    [
      project.status,
      project.progress === null ? '' : progressNote(project.progress, project.previous, language),
      project.due === null || project.due === ''
        ? ''
        : t(language, reportMessages.projectDue, { due: project.due }),
    ],
    language,
  );
  const marker = MARKERS[project.state];
  const line =
    details === ''
      ? project.project
      : t(language, reportMessages.projectLine, { project: project.project, details });
  return marker ? `${t(language, marker)}${line}` : line;
}

const projectItem = (project: ProjectLine, language: Language): ListItem =>
  item(projectText(project, language), pointsList(project.points));

export function objectiveSection(objective: ObjectiveSection, language: Language): Block[] {
  const name = [objective.code, objective.name].filter((part) => part !== '').join(' ');
  const items = objective.projects.map((project) => projectItem(project, language));
  return section(t(language, reportMessages.objectiveHeading, { objective: name }), listBody(false, items));
}
