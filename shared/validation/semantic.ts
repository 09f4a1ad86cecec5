import type { Rule } from './context';
import { CONTAINER_RULES } from './semantic/containers';
import { CRON_RULES } from './semantic/cron';
import { DOWNWARD_API_RULES } from './semantic/downward-api';
import { ENV_REFERENCE_RULES } from './semantic/expansion';
import { METADATA_RULES } from './semantic/metadata';
import { MOUNT_RULES } from './semantic/mounts';
import { NAME_RULES } from './semantic/names';
import { NUMBER_RULES } from './semantic/numbers';
import { POD_SPEC_RULES } from './semantic/pod-spec';
import { PORT_RULES } from './semantic/ports';
import { REFERENCE_RULES } from './semantic/references';
import { RESOURCE_RULES } from './semantic/resources';
import { SELECTOR_RULES } from './semantic/selectors';
import { VOLUME_FILE_RULES } from './semantic/volume-files';
import { WORKLOAD_RULES } from './semantic/workload';
import { LINK_RULES } from '../links/rule';

/** What the API server checks beyond the schema: the Pod rules of DESIGN.md, as `pod/…`. */
export const SEMANTIC_RULES: readonly Rule[] = [
  ...NAME_RULES,
  ...PORT_RULES,
  ...MOUNT_RULES,
  ...RESOURCE_RULES,
  ...WORKLOAD_RULES,
  ...REFERENCE_RULES,
  ...LINK_RULES,
  ...METADATA_RULES,
  ...CONTAINER_RULES,
  ...ENV_REFERENCE_RULES,
  ...POD_SPEC_RULES,
  ...VOLUME_FILE_RULES,
  ...DOWNWARD_API_RULES,
  ...NUMBER_RULES,
  ...SELECTOR_RULES,
  ...CRON_RULES,
];
