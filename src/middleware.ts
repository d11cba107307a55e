import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './data/loadSite.ts';
import { createPageContext } from './lib/pageContext.ts';
import { parseLinkFormat } from './lib/urls/urls.ts';

// LINK_FORMAT=file is set by `npm run package` for the copy that opens from disk.
const format = parseLinkFormat(process.env.LINK_FORMAT);

/** Works out a page's context once (language, strings, data, URL helper); components read it. */
export const onRequest = defineMiddleware(async (context, next) => {
  const data = await loadSite();
  Object.assign(
    context.locals,
    createPageContext(data, {
      pathname: context.url.pathname,
      base: import.meta.env.BASE_URL,
      params: context.params,
      currentLocale: context.currentLocale,
      format,
      site: context.site,
    }),
  );
  return next();
});
