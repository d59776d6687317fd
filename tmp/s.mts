import { writeFileSync } from 'node:fs';
import { svgToPng } from '../render/chart.js';
import { distilSidebarAnswer } from '../sheets-addon/src/ui/sidebar.js';

const a = distilSidebarAnswer({
  student: '1B',
  budget: '$200k',
  teacher: '',
  gpu: 'h100',
  gpus: '8',
  currency: '',
  rate: '',
}) as any;
writeFileSync('/tmp/chartproto/side.png', svgToPng(a.chartSvg, 552));
const b = distilSidebarAnswer({
  student: '1B',
  budget: '$20k',
  teacher: '3B@100B',
  gpu: 'h100',
  gpus: '8',
  currency: 'JPY',
  rate: '150',
}) as any;
writeFileSync('/tmp/chartproto/side2.png', svgToPng(b.chartSvg, 552));
console.log(a.chartSvg.length);
