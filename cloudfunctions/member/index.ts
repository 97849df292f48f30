import { memberContract } from '../../domain/contract/member';
import { createMain, defineActions } from '../lib/dispatch';
import { me } from './actions/me';

const handlers = defineActions(memberContract, { me });

export const main = createMain('member', memberContract, handlers);
