import type {VFile} from 'vfile';

export interface ReporterOptions {
  color: boolean;
  cwd: string;
}

/** A reporter is a plain function, as ESLint's formatters are. */
export type Reporter = (files: VFile[], options: ReporterOptions) => string;
