// The one parse of each article: retext-english for prose, remark-parse + remark-retext for Markdown
// (so markup and code are not read as prose). Positions point into the text as given.
import type {Root as NlcstRoot} from 'nlcst';
import type {Root as MdastRoot} from 'mdast';
import {unified} from 'unified';
import {retext} from 'retext';
import retextEnglish from 'retext-english';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import {ParseEnglish} from 'parse-english';
import type {VFile} from 'vfile';

const prose = retext().use(retextEnglish).freeze();
const markdown = unified().use(remarkParse).use(remarkRetext, ParseEnglish).freeze();

export type Format = 'text' | 'markdown';

export function formatOf(path: string): Format {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'text';
}

export function parse(file: VFile, format: Format): NlcstRoot {
  if (format === 'markdown') {
    const mdast = markdown.parse(file) as MdastRoot;
    return markdown.runSync(mdast, file) as unknown as NlcstRoot;
  }
  return prose.parse(file) as NlcstRoot;
}
