// Lays out a ReportModel as the abstract document of SPEC §5.
import type { ReportModel } from '../model/report-model';
import type { ReportDocument } from './document';

export function layoutReport(model: ReportModel): ReportDocument {
  return {
    title: String(model.week.number),
    headerText: model.settings.team,
    language: model.settings.language,
    blocks: [],
  };
}
