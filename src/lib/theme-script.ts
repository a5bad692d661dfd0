import { createHash } from 'node:crypto';

/** Applies the saved theme before first paint; inline because it must run before the page is drawn. */
export const themeScript = "try{var t=localStorage.getItem('errdex-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

/** Its CSP hash, so the policy allows exactly this inline script and nothing else. */
export const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}` as const;
