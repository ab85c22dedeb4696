// The two languages a workbook speaks; a leaf, so messages, schemas and the model can all name it.

export type Language = 'zh' | 'en';
