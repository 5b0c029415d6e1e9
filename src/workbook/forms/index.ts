/** Recognising the forms people already have (real-forms.md) and binding them to the contract. */
export { recognizeForms } from './recognize';
export type {
  BoundColumn,
  BoundName,
  Evidence,
  FormBinding,
  FormRecognition,
  RecognizeOptions,
} from './recognize';
export { bindingPlan, boundSnapshot, formsRequest } from './bind';
