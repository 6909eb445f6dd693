// DOMAIN.md §9: personal data is masked in lists and case views and revealed only on purpose.

function maskWord(word: string): string {
  const chars = [...word];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 5))}`;
}

/** `email:dana@eventsbydana.com` → `email:d****@e*****.com`; phones keep their last two digits. */
export function maskIdentity(identity: string): string {
  const colon = identity.lastIndexOf(':');
  const scheme = colon >= 0 ? identity.slice(0, colon + 1) : '';
  const value = identity.slice(colon + 1);
  if (scheme === 'email:' || value.includes('@')) {
    const [user = '', domain = ''] = value.split('@');
    const dot = domain.lastIndexOf('.');
    const host = dot > 0 ? domain.slice(0, dot) : domain;
    return `${scheme}${maskWord(user)}@${maskWord(host)}${dot > 0 ? domain.slice(dot) : ''}`;
  }
  if (scheme === 'phone:')
    return `${scheme}${value.slice(0, 2)}${'*'.repeat(Math.max(value.length - 4, 1))}${value.slice(-2)}`;
  return `${scheme}${maskWord(value)}`;
}

/** Keeps the first two characters of an address (a house number, a province) and hides the rest. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return `${[...address].slice(0, 2).join('')}***`;
}
