/**
 * Fira Sans on the second view (docs/decisions/0018-first-view-bytes.md): the localStorage key and the class on
 * <html> that switch the site from the fallback font to Fira Sans (app/fonts.css), the faces the FontLoader island
 * fetches, and the inline script of the root layout that sets the class before the first paint.
 */
export const FONTS_CACHED_KEY = "vl-fonts";
export const FONTS_CACHED_CLASS = "fonts-cached";
/** The weights of the KERN typography (regular, medium, semi-bold); italic and bold load on use. */
export const FONT_FACES_TO_CACHE = ['400 1em "Fira Sans"', '500 1em "Fira Sans"', '600 1em "Fira Sans"'] as const;
/** How long after the load event the fonts are fetched: the first paint can come after `load` on a fast line. */
export const FONT_FETCH_DELAY_MS = 1500;
/** Runs in <head> before the body is painted; allowed by the page's nonce or, for a cached page, by its hash. */
export const FONTS_CACHED_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(FONTS_CACHED_KEY)})==="1")document.documentElement.classList.add(${JSON.stringify(FONTS_CACHED_CLASS)})}catch(e){}`;
