import type { SallaResource } from '../common/operation';
import { customerGroup } from './customerGroup';

/** Every resource of the Salla node: one line each. */
export const resources: SallaResource[] = [customerGroup];
