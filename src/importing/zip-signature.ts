/** A zip file starts with `PK\x03\x04`: what tells a Yellowpad export from a contacts file before reading it whole. */
export function startsLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
