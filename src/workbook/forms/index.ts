/** Recognising the forms people already have (real-forms.md) and binding them to the contract. */
export { recognizeForms } from './recognize';
export type { BoundColumn, BoundName, Evidence, FormBinding, FormRecognition } from './recognize';
export { bindingPlan, boundSnapshot, formsRequest } from './bind';
export { scoreForms } from './score-forms';
export type { FormsScoring, ScoreFormsOptions, ScoredForm } from './score-forms';
export { typedScores } from './typed-scores';
export type { TypedScores } from './typed-scores';
