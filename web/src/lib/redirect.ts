/** Only same-site paths: a crafted ?redirect= must not send anyone to another site. */
export function safeRedirect(target: string | undefined): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}
