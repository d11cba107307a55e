/**
 * The id of the page's one hidden label that names every "Copy link" control together with its
 * heading (aria-labelledby="copy_link <heading id>"). An underscore, which public ids never
 * have (ids.ts), so it can never meet a section, event or source id.
 */
export const COPY_LINK_NAME = 'copy_link';
