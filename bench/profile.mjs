// The widget's cold start, taken apart: where the main thread's time goes
// from navigation to ready, and what holds the heap at 1,000 questions.
// `npm run bench -- --profile` prints it; a full `npm run bench` adds it to
// bench/RESULTS.md.
//
// The widget is loaded from the same build with a source map, so that the
// CPU profile's samples and the heap's constructors can be named by the
// source file they come from, though the module is minified.
//
// Two views of the same loads:
// - the Chromium trace of the main thread (HTML parsing, V8 compile, script,
//   garbage collection, style, layout, paint), each event's self time;
// - a V8 CPU profile (a sample every 0.1 ms), whose script samples are sorted
//   by what they were doing: parsing the content, the element's render(),
//   Lit's templates, and so on.
// Profiling slows the page down (the ready time is printed next to it), so
// the shares matter more than the milliseconds.

import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
export const PROFILE_MODULE = '/jetro-alibaba-faq.profile.js';

/** The standalone module built as `npm run build` builds it, with a source map. */
export function buildForProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', '--outDir', dir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const map = JSON.parse(readFileSync(join(dir, 'jetro-alibaba-faq.js.map'), 'utf8'));
    // Sources relative to the repository: `src/content/parse.ts`, `node_modules/lit-html/lit-html.js`.
    map.sources = map.sources.map((source) => relative(fileURLToPath(root), resolve(dir, source)));
    return { code: readFileSync(join(dir, 'jetro-alibaba-faq.js')), map: new TraceMap(map) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Main-thread trace events by self time. Names are Chromium's (DevTools shows
// the same events); what none of these names is falls in "other".
const TRACE_PHASES = [
  ['HTML parsing', (name) => name === 'ParseHTML'],
  ['V8 compile (scripts and functions)', (name) => /compile|^v8\.parse|^V8\.Parse|Maglev|Turbofan|Sparkplug|Ignition/i.test(name)],
  [
    'JS context setup (the window, its V8 context)',
    (name) => /^(LocalWindowProxy::|V8\.DeserializeContext|ContextCreatedNotification|InstallConditionalFeatures)/.test(name),
  ],
  ['garbage collection', (name) => /GC|garbage/i.test(name)],
  [
    'script (module evaluation, callbacks, microtasks)',
    (name) =>
      /^(v8\.evaluateModule|v8\.run|v8\.callFunction|v8\.callModuleMethod\w*|EvaluateScript|FunctionCall|RunMicrotasks|V8\.Execute|FireAnimationFrame|TimerFire|EventDispatch|HandlePostMessage)$/.test(
        name,
      ),
  ],
  ['style (recalculation, style sheets)', (name) => /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc\w*)$/.test(name)],
  ['layout', (name) => /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/.test(name)],
  ['paint and compositing', (name) => /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|UpdateLayerTree|CompositeLayers)$/.test(name)],
  [
    'navigation and loading (commit, parser plumbing)',
    (name) => /^(DocumentLoader::|NavigationBodyLoader::|HTMLDocumentParser::|DecodedDataDocumentParser::|Resource\w+$)/.test(name),
  ],
  ['the profiler itself', (name) => name.startsWith('CpuProfiler::')],
  ['task time the trace does not name (RunTask self time)', (name) => name === 'RunTask'],
];

/** Self time of each main-thread trace event between `from` and `to` (µs, trace clock), summed by phase. */
function tracePhases(events, pid, tid, from, to) {
  const spans = [];
  const open = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X' && event.dur !== undefined) spans.push({ name: event.name, start: event.ts, end: event.ts + event.dur });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: event.ts });
    }
  }
  // Nested events: an event's self time is its span minus its children's (all clipped to the window).
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const clip = (span) => Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
  const selfTime = new Map();
  const stack = [];
  for (const span of spans) {
    while (stack.length && stack.at(-1).end <= span.start) stack.pop();
    const time = clip(span);
    if (stack.length) stack.at(-1).self -= time;
    span.self = time;
    stack.push(span);
  }
  for (const span of spans) selfTime.set(span.name, (selfTime.get(span.name) ?? 0) + Math.max(0, span.self));
  const phases = Object.fromEntries([...TRACE_PHASES.map(([label]) => [label, 0]), ['other', 0]]);
  if (process.env.BENCH_DEBUG)
    console.log(
      [...selfTime]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([n, t]) => `${n} ${(t / 1000).toFixed(1)}`)
        .join('\n'),
    );
  for (const [name, time] of selfTime) {
    const phase = TRACE_PHASES.find(([, test]) => test(name));
    phases[phase ? phase[0] : 'other'] += time / 1000;
  }
  return phases;
}

/** The module's own top-level code, which starts at its first character (the source map has Lit's code there). */
const isTopLevel = (frame) => frame.url.endsWith(PROFILE_MODULE) && frame.lineNumber === 0 && frame.columnNumber === 0;

/** The original source file of a frame of the widget's module, by its source map. */
function sourceOf(frame, profiled) {
  if (!frame.url.endsWith(PROFILE_MODULE) || isTopLevel(frame)) return '';
  const { source } = originalPositionFor(profiled.map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  return source ?? '';
}

// What a script sample was doing, by the frames on its stack (first match wins).
const SCRIPT_PHASES = [
  ['content: parse and validate (src/content)', (stack) => stack.some((f) => f.source.startsWith('src/content/'))],
  ['search index (src/search)', (stack) => stack.some((f) => f.source.startsWith('src/search/'))],
  ["the element's render() and its partials", (stack) => stack.some((f) => f.source.startsWith('src/') && f.functionName === 'render')],
  ['Lit: template creation, cloning, commit (lit-html)', (stack) => stack.some((f) => f.source.includes('lit-html'))],
  ['Lit: element lifecycle, styles (reactive-element, lit-element)', (stack) => stack.some((f) => /reactive-element|lit-element/.test(f.source))],
  ['other element code (src/: lifecycle, controllers)', (stack) => stack.some((f) => f.source.startsWith('src/'))],
  ['module top level (class definitions, the content literal)', (stack) => stack.some(isTopLevel)],
  ["the page's inline scripts (the benchmark's ready mark)", (stack) => stack.some((f) => f.url.includes('.html'))],
];

/** The CPU profile's samples between `from` and `to` (µs), in ms by what they were doing. */
function scriptPhases(profile, profiled, from, to) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phases = Object.fromEntries([...SCRIPT_PHASES.map(([label]) => [label, 0]), ['other script', 0]]);
  const stacks = new Map();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (time < from || time > to) continue;
    const id = profile.samples[i];
    const leaf = byId.get(id).callFrame;
    if (leaf.functionName === '(idle)' || leaf.functionName === '(root)') continue;
    // Work outside script is the trace's to tell apart.
    if (leaf.functionName === '(program)' || leaf.functionName === '(garbage collector)') continue;
    if (!stacks.has(id)) {
      const stack = [];
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const { callFrame } = byId.get(at);
        stack.push({ ...callFrame, source: sourceOf(callFrame, profiled) });
      }
      const phase = SCRIPT_PHASES.find(([, test]) => test(stack));
      stacks.set(id, phase ? phase[0] : 'other script');
    }
    phases[stacks.get(id)] += next / 1000;
  }
  return phases;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
];

/** Self size by constructor of the JS heap (Blink's own objects left out, as the heap figure leaves them out). */
function heapByConstructor(snapshot) {
  const { meta } = snapshot.snapshot;
  const width = meta.node_fields.length;
  const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field));
  const edgeWidth = meta.edge_fields.length;
  const [EDGE_TYPE, EDGE_NAME] = ['type', 'name_or_index'].map((field) => meta.edge_fields.indexOf(field));
  const nodeType = (node) => meta.node_types[0][snapshot.nodes[node + TYPE]];
  const edgeTypes = meta.edge_fields_types?.[EDGE_TYPE] ?? meta.edge_types[0];
  // Where each node's edges start.
  const firstEdge = new Map();
  for (let node = 0, edge = 0; node < snapshot.nodes.length; node += width) {
    firstEdge.set(node, edge);
    edge += snapshot.nodes[node + EDGES] * edgeWidth;
  }
  // Terser and Lit's own build shorten class names (\`t\`, \`X\`), and two classes
  // can end up with the same short name: such objects are told apart by their
  // own properties, which say which class they are (Lit's private names, such
  // as \`_$AH\`, are the same in every build of Lit).
  const propertiesOf = (node) => {
    const names = [];
    const start = firstEdge.get(node);
    for (let edge = start; edge < start + snapshot.nodes[node + EDGES] * edgeWidth; edge += edgeWidth) {
      if (edgeTypes[snapshot.edges[edge + EDGE_TYPE]] === 'property') names.push(snapshot.strings[snapshot.edges[edge + EDGE_NAME]]);
    }
    return names.filter((name) => name !== '__proto__').join(', ');
  };
  const totals = new Map();
  let total = 0;
  for (let node = 0; node < snapshot.nodes.length; node += width) {
    const type = nodeType(node);
    if (type === 'native' || type === 'synthetic') continue;
    const size = snapshot.nodes[node + SIZE];
    // Objects by constructor; strings, arrays' backing stores, code and the like by their kind.
    const name = type === 'object' ? snapshot.strings[snapshot.nodes[node + NAME]].replace(/ @\d+$/, '') : `(${type})`;
    const properties = /^[\w$]{1,3}$/.test(name) ? propertiesOf(node) : '';
    const key = `${name}\n${properties}`;
    const entry = totals.get(key) ?? { name, properties, size: 0, count: 0 };
    entry.size += size;
    entry.count++;
    totals.set(key, entry);
    total += size;
  }
  const rows = [...totals.values()].sort((a, b) => b.size - a.size).slice(0, 15);
  return { total, rows };
}

/**
 * Loads the widget `loads` times with the trace and the CPU profiler on, and
 * once at 1,000 questions for a heap snapshot. `load` is the benchmark's own
 * cold load (bench.mjs), so the ready mark is the same.
 */
export async function profileWidget({ browser, profiled, load, loads }) {
  const runs = { widget: [], native: [] };
  for (let i = 0; i < loads; i++) {
    for (const kind of ['widget', 'native']) {
      const path = kind === 'widget' ? '/widget-profile.html' : '/native.html';
      let session;
      const run = await load(path, {
        before: async (page, cdp) => {
          session = cdp;
          await browser.startTracing(page, { categories: TRACE_CATEGORIES });
          if (kind !== 'widget') return;
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        },
        after: async () => {
          const profile = kind === 'widget' ? (await session.send('Profiler.stop')).profile : undefined;
          const trace = JSON.parse((await browser.stopTracing()).toString());
          return { profile, events: trace.traceEvents ?? trace };
        },
      });
      const { profile, events } = run.extra;
      // The page's main thread: the renderer thread that parsed it; the window: navigation to ready.
      const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.endsWith(path));
      const from = events.filter((e) => e.name === 'navigationStart' && e.pid === parse.pid).at(-1).ts;
      const to = from + run.at * 1000;
      runs[kind].push({
        ready: run.at,
        trace: tracePhases(events, parse.pid, parse.tid, from, to),
        script: profile && scriptPhases(profile, profiled, from, to),
      });
    }
  }
  const summarize = (list, key) => {
    const labels = Object.keys(list[0][key]);
    return Object.fromEntries(labels.map((label) => [label, median(list.map((run) => run[key][label]))]));
  };

  let heap;
  await load('/widget-profile-1000.html', {
    after: async (page, cdp) => {
      const chunks = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heap = { usedSize, ...heapByConstructor(JSON.parse(chunks.join(''))) };
    },
  });
  return {
    loads,
    ready: { widget: median(runs.widget.map((run) => run.ready)), native: median(runs.native.map((run) => run.ready)) },
    trace: { widget: summarize(runs.widget, 'trace'), native: summarize(runs.native, 'trace') },
    script: summarize(runs.widget, 'script'),
    heap,
  };
}

/** The profile as Markdown tables. */
export function profileMarkdown({ loads, ready, trace, script, heap }) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const sum = (phases) => Object.values(phases).reduce((total, value) => total + value, 0);
  const share = (value, total) => `${((100 * value) / total).toFixed(0)} %`;
  const traceTotal = { widget: sum(trace.widget), native: sum(trace.native) };
  const scriptTotal = sum(script);
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `## Profile of the widget's cold start

${loads} cold loads each of the widget page and the native \`<details>\` page, unthrottled and interleaved, with Chromium's trace on, and for the widget V8's CPU profiler too (\`bench/profile.mjs\`; \`npm run bench -- --profile\` prints only this). Profiling slows the pages: ready took ${ms(ready.widget)} (widget) and ${ms(ready.native)} (native), medians of these loads. Both tables cover navigation to ready on the page's main thread; each row is a median, so the totals are sums of medians.

Main thread, by trace event (self time):

| phase | widget | share | native | share |
| --- | ---: | ---: | ---: | ---: |
${Object.keys(trace.widget)
  .map(
    (label) =>
      `| ${label} | ${ms(trace.widget[label])} | ${share(trace.widget[label], traceTotal.widget)} | ${ms(trace.native[label])} | ${share(trace.native[label], traceTotal.native)} |`,
  )
  .join('\n')}
| **total** | ${ms(traceTotal.widget)} | | ${ms(traceTotal.native)} | |

The widget's CPU profile, its samples by what was on the stack (the first row that matches, in this order; the module's source map names the source file):

| samples doing | widget | share |
| --- | ---: | ---: |
${Object.entries(script)
  .map(([label, value]) => `| ${label} | ${ms(value)} | ${share(value, scriptTotal)} |`)
  .join('\n')}
| **total** | ${ms(scriptTotal)} | |

Heap at 1,000 questions (one load of the widget, a heap snapshot after garbage collection): ${mb(heap.total)} of JS objects in the snapshot, ${mb(heap.usedSize)} in use by V8's count. The largest by constructor or kind (self size; for the minified class names, an instance's own properties, which tell the class):

| constructor or kind | an instance's own properties | objects | self size |
| --- | --- | ---: | ---: |
${heap.rows.map((r) => `| \`${r.name}\` | ${r.properties && `\`${r.properties}\``} | ${r.count} | ${mb(r.size)} |`).join('\n')}`;
}
