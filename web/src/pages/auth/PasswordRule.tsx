/** The password rule, shown as you type: how many more characters, then a tick. */
import { limits } from '../../lib/vocabulary.ts';

export function PasswordRule({ password }: { password: string }) {
  const missing = limits.passwordMin - password.length;
  const ok = missing <= 0;
  return (
    <span className={`password-rule${ok ? ' ok' : ''}`}>
      At least {limits.passwordMin} characters
      {password.length === 0 ? '.' : ok ? ' — done.' : ` — ${missing} more to go.`}
    </span>
  );
}
