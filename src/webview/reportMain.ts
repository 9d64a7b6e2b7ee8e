// Script of the report panel, bundled to media/report.js.
import { configurePageStrings } from './pageStrings';
import { startReportView } from './report/reportView';

configurePageStrings();
startReportView(acquireVsCodeApi());
