/** Selects a sentence the draft check cites in the draft's textarea (found again if the draft changed since the check). */
export function selectInDraft(el: HTMLTextAreaElement | null, evidence: { start: number; end: number; text: string }) {
  if (!el) return;
  const at = el.value.slice(evidence.start, evidence.end) === evidence.text ? evidence.start : el.value.indexOf(evidence.text);
  if (at < 0) return;
  el.focus();
  el.setSelectionRange(at, at + evidence.text.length);
}
