import { artifact } from './artifact';
import { dateFormat } from './dateFormat';
import { documentNumber } from './documentNumber';
import { formulation } from './formulation';
import { headingMarker } from './headingMarker';
import { missingCause } from './missingCause';
import { missingPart } from './missingPart';
import { numbering } from './numbering';
import { partOrder } from './partOrder';
import { placeholder } from './placeholder';
import { punctuation } from './punctuation';
import { requestInReport } from './requestInReport';
import type { Rule } from './ruleTypes';
import { title } from './title';
import { year } from './year';

/** Every rule, in the order their findings are listed. */
export const RULES: readonly Rule[] = [missingPart, partOrder, missingCause, title, year, dateFormat, numbering, headingMarker, punctuation, artifact, formulation, documentNumber, requestInReport, placeholder];
