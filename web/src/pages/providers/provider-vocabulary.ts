/** How provider kinds read in the web app. */
import { providerKinds, type ProviderKind } from '../../../../src/common/practices.ts';

export { providerKinds, type ProviderKind };

export const providerKindLabels: Record<ProviderKind, string> = { firm: 'A firm', person: 'A person' };
