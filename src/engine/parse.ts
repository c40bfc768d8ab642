// The one parse of each article: retext-english for prose, remark-parse (+ remark-frontmatter) and
// remark-retext for Markdown (so markup, front matter and code are not read as prose). Positions point
// into the text as given. A Markdown parse also leaves the file's prose guards (src/text/prose-mask.ts)
// in `file.data.proseGuards`.
import type {Root as NlcstRoot} from 'nlcst';
import type {Root as MdastRoot} from 'mdast';
import {createRequire} from 'node:module';
import {unified, type Processor} from 'unified';
import {retext} from 'retext';
import {CorpusEnglish, corpusEnglish} from './english-parser.js';
import type {VFile} from 'vfile';
import {markdownGuards, type Guards} from '../text/prose-mask.js';

// retext-english's parser with one step made cheap (english-parser.ts): the same trees.
const prose = retext().use(corpusEnglish).freeze();

// The Markdown parser (micromark and friends: some 50 modules) is loaded on the first Markdown article,
// not by every run: most corpora are plain text, and a pre-commit run or a warm cached run parses little.
const require = createRequire(import.meta.url);
let markdownProcessor: Processor | undefined;
function markdown(): Processor {
  if (!markdownProcessor) {
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkRetext = (require('remark-retext') as typeof import('remark-retext')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, CorpusEnglish).freeze() as unknown as Processor;
  }
  return markdownProcessor;
}

export type Format = 'text' | 'markdown';

export function formatOf(path: string): Format {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'text';
}

export function parse(file: VFile, format: Format): NlcstRoot {
  if (format === 'markdown') {
    const processor = markdown();
    const mdast = processor.parse(file) as MdastRoot;
    (file.data as {proseGuards?: Guards}).proseGuards = markdownGuards(mdast);
    return processor.runSync(mdast as never, file) as unknown as NlcstRoot;
  }
  return prose.parse(file) as NlcstRoot;
}

/** The prose guards of a Markdown text (for a text layer built without them). */
export function markdownGuardsOf(text: string): Guards {
  return markdownGuards(markdown().parse(text) as MdastRoot);
}
