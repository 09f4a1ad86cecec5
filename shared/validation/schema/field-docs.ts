// Generated from the type declarations of kubernetes-models 4.5.1 by
// test/unit/validation/field-docs.test.ts; do not edit by hand.
//
// Loaded on demand (a dynamic import): only the editor and the inspector hints need it.

import type { TypeDocs } from './field-doc-types';

export const FIELD_DOCS: Readonly<Record<string, TypeDocs>> = {
  'apps/v1/DaemonSet': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['apps/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['DaemonSet', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'apps/v1/DaemonSetSpec',
      d: 'The desired behavior of this daemon set. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'apps/v1/DaemonSetSpec': {
    minReadySeconds: {
      t: 'number',
      d: 'The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready).',
    },
    revisionHistoryLimit: {
      t: 'number',
      d: 'The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      r: 1,
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template\'s node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is "Always". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
      r: 1,
    },
    updateStrategy: {
      t: 'apps/v1/DaemonSetUpdateStrategy',
      d: 'An update strategy to replace existing DaemonSet pods with new pods.',
    },
  },
  'apps/v1/DaemonSetUpdateStrategy': {
    rollingUpdate: {
      t: 'apps/v1/RollingUpdateDaemonSet',
      d: 'Rolling update config params. Present only if type = "RollingUpdate".',
    },
    type: {
      t: 'string',
      d: 'Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.',
      e: [
        ['OnDelete', "Replace the old daemons only when it's killed"],
        [
          'RollingUpdate',
          'Replace the old daemons by new ones using rolling update i.e replace them on each node one after the other.',
        ],
      ],
    },
  },
  'apps/v1/Deployment': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['apps/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['Deployment', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'apps/v1/DeploymentSpec',
      d: 'Specification of the desired behavior of the Deployment.',
    },
  },
  'apps/v1/DeploymentSpec': {
    minReadySeconds: {
      t: 'number',
      d: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
    },
    paused: { t: 'boolean', d: 'Indicates that the deployment is paused.' },
    progressDeadlineSeconds: {
      t: 'number',
      d: 'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.',
    },
    replicas: {
      t: 'number',
      d: 'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
    },
    revisionHistoryLimit: {
      t: 'number',
      d: 'The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.',
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
      r: 1,
    },
    strategy: {
      t: 'apps/v1/DeploymentStrategy',
      d: 'The deployment strategy to use to replace existing pods with new ones.',
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
      r: 1,
    },
  },
  'apps/v1/DeploymentStrategy': {
    rollingUpdate: {
      t: 'apps/v1/RollingUpdateDeployment',
      d: 'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
    },
    type: {
      t: 'string',
      d: 'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.',
      e: [
        ['Recreate', 'Kill all existing pods before creating new ones.'],
        [
          'RollingUpdate',
          'Replace the old ReplicaSets by new one using rolling update i.e gradually scale down the old ReplicaSets and scale up the new one.',
        ],
      ],
    },
  },
  'apps/v1/ReplicaSet': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['apps/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['ReplicaSet', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'apps/v1/ReplicaSetSpec',
      d: 'Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'apps/v1/ReplicaSetSpec': {
    minReadySeconds: {
      t: 'number',
      d: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
    },
    replicas: {
      t: 'number',
      d: 'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset',
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      r: 1,
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template',
    },
  },
  'apps/v1/RollingUpdateDaemonSet': {
    maxSurge: {
      t: 'int-or-string',
      d: 'The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up to a minimum of 1. Default value is 0. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their a new pod created before the old pod is marked as deleted. The update starts by launching new pods on 30% of nodes. Once an updated pod is available (Ready for at least minReadySeconds) the old DaemonSet pod on that node is marked deleted. If the old pod becomes unavailable for any reason (Ready transitions to false, is evicted, or is drained) an updated pod is immediatedly created on that node without considering surge limits. Allowing surge implies the possibility that the resources consumed by the daemonset on any given node can double if the readiness check fails, and so resource intensive daemonsets should take into account that they may cause evictions during disruption.',
    },
    maxUnavailable: {
      t: 'int-or-string',
      d: 'The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%). Absolute number is calculated from percentage by rounding up. This cannot be 0 if MaxSurge is 0 Default value is 1. Example: when this is set to 30%, at most 30% of the total number of nodes that should be running the daemon pod (i.e. status.desiredNumberScheduled) can have their pods stopped for an update at any given time. The update starts by stopping at most 30% of those DaemonSet pods and then brings up new DaemonSet pods in their place. Once the new pods are available, it then proceeds onto other DaemonSet pods, thus ensuring that at least 70% of original number of DaemonSet pods are available at all times during the update.',
    },
  },
  'apps/v1/RollingUpdateDeployment': {
    maxSurge: {
      t: 'int-or-string',
      d: 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods.',
    },
    maxUnavailable: {
      t: 'int-or-string',
      d: 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods.',
    },
  },
  'apps/v1/RollingUpdateStatefulSetStrategy': {
    maxUnavailable: {
      t: 'int-or-string',
      d: 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding up. This can not be 0. Defaults to 1. This field is alpha-level and is only honored by servers that enable the MaxUnavailableStatefulSet feature. The field applies to all pods in the range 0 to Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it will be counted towards MaxUnavailable.',
    },
    partition: {
      t: 'number',
      d: 'Partition indicates the ordinal at which the StatefulSet should be partitioned for updates. During a rolling update, all pods from ordinal Replicas-1 to Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched. This is helpful in being able to do a canary based deployment. The default value is 0.',
    },
  },
  'apps/v1/StatefulSet': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['apps/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['StatefulSet', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'apps/v1/StatefulSetSpec',
      d: 'Spec defines the desired identities of pods in this set.',
    },
  },
  'apps/v1/StatefulSetOrdinals': {
    start: {
      t: 'number',
      d: "start is the number representing the first replica's index. It may be used to number replicas from an alternate index (eg: 1-indexed) over the default 0-indexed names, or to orchestrate progressive movement of replicas from one StatefulSet to another. If set, replica indices will be in the range:\n  [.spec.ordinals.start, .spec.ordinals.start + .spec.replicas).\nIf unset, defaults to 0. Replica indices will be in the range:\n  [0, .spec.replicas).",
    },
  },
  'apps/v1/StatefulSetPersistentVolumeClaimRetentionPolicy': {
    whenDeleted: {
      t: 'string',
      d: 'WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted. The default policy of `Retain` causes PVCs to not be affected by StatefulSet deletion. The `Delete` policy causes those PVCs to be deleted.',
    },
    whenScaled: {
      t: 'string',
      d: 'WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down. The default policy of `Retain` causes PVCs to not be affected by a scaledown. The `Delete` policy causes the associated PVCs for any excess pods above the replica count to be deleted.',
    },
  },
  'apps/v1/StatefulSetSpec': {
    minReadySeconds: {
      t: 'number',
      d: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
    },
    ordinals: {
      t: 'apps/v1/StatefulSetOrdinals',
      d: 'ordinals controls the numbering of replica indices in a StatefulSet. The default ordinals behavior assigns a "0" index to the first replica and increments the index by one for each additional replica requested.',
    },
    persistentVolumeClaimRetentionPolicy: {
      t: 'apps/v1/StatefulSetPersistentVolumeClaimRetentionPolicy',
      d: 'persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates. By default, all persistent volume claims are created as needed and retained until manually deleted. This policy allows the lifecycle to be altered, for example by deleting persistent volume claims when their stateful set is deleted, or when their pod is scaled down.',
    },
    podManagementPolicy: {
      t: 'string',
      d: 'podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. The default policy is `OrderedReady`, where pods are created in increasing order (pod-0, then pod-1, etc) and the controller will wait until each pod is ready before continuing. When scaling down, the pods are removed in the opposite order. The alternative policy is `Parallel` which will create pods in parallel to match the desired scale without waiting, and on scale down will delete all pods at once.',
      e: [
        [
          'OrderedReady',
          'will create pods in strictly increasing order on scale up and strictly decreasing order on scale down, progressing only when the previous pod is ready or terminated. At most one pod will be changed at any time.',
        ],
        [
          'Parallel',
          'will create and delete pods as soon as the stateful set replica count is changed, and will not wait for pods to be ready or complete termination.',
        ],
      ],
    },
    replicas: {
      t: 'number',
      d: 'replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity. If unspecified, defaults to 1.',
    },
    revisionHistoryLimit: {
      t: 'number',
      d: "revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history. The revision history consists of all revisions not represented by a currently applied StatefulSetSpec version. The default value is 10.",
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: "selector is a label query over pods that should match the replica count. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
      r: 1,
    },
    serviceName: {
      t: 'string',
      d: 'serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set. Pods get DNS/hostnames that follow the pattern: pod-specific-string.serviceName.default.svc.cluster.local where "pod-specific-string" is managed by the StatefulSet controller.',
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet. Each pod will be named with the format <statefulsetname>-<podindex>. For example, a pod in a StatefulSet named "web" with index number "3" would be named "web-3". The only allowed template.spec.restartPolicy value is "Always".',
      r: 1,
    },
    updateStrategy: {
      t: 'apps/v1/StatefulSetUpdateStrategy',
      d: 'updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.',
    },
    volumeClaimTemplates: {
      t: '[]apps/v1/StatefulSetSpec.volumeClaimTemplates',
      d: 'volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet controller is responsible for mapping network identities to claims in a way that maintains the identity of a pod. Every claim in this list must have at least one matching (by name) volumeMount in one container in the template. A claim in this list takes precedence over any volumes in the template, with the same name.',
    },
  },
  'apps/v1/StatefulSetSpec.volumeClaimTemplates': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'v1/PersistentVolumeClaimSpec',
      d: 'spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
    },
  },
  'apps/v1/StatefulSetUpdateStrategy': {
    rollingUpdate: {
      t: 'apps/v1/RollingUpdateStatefulSetStrategy',
      d: 'RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.',
    },
    type: {
      t: 'string',
      d: 'Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.',
      e: [
        [
          'OnDelete',
          "triggers the legacy behavior. Version tracking and ordered rolling restarts are disabled. Pods are recreated from the StatefulSetSpec when they are manually deleted. When a scale operation is performed with this strategy,specification version indicated by the StatefulSet's currentRevision.",
        ],
        [
          'RollingUpdate',
          "indicates that update will be applied to all Pods in the StatefulSet with respect to the StatefulSet ordering constraints. When a scale operation is performed with this strategy, new Pods will be created from the specification version indicated by the StatefulSet's updateRevision.",
        ],
      ],
    },
  },
  'batch/v1/CronJob': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['batch/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['CronJob', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'batch/v1/CronJobSpec',
      d: 'Specification of the desired behavior of a cron job, including the schedule. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'batch/v1/CronJobSpec': {
    concurrencyPolicy: {
      t: 'string',
      d: 'Specifies how to treat concurrent executions of a Job. Valid values are:\n\n- "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs, skipping next run if previous run hasn\'t finished yet; - "Replace": cancels currently running job and replaces it with a new one',
      e: [
        ['Allow', 'allows CronJobs to run concurrently.'],
        ['Forbid', "forbids concurrent runs, skipping next run if previous hasn't finished yet."],
        ['Replace', 'cancels currently running job and replaces it with a new one.'],
      ],
    },
    failedJobsHistoryLimit: {
      t: 'number',
      d: 'The number of failed finished jobs to retain. Value must be non-negative integer. Defaults to 1.',
    },
    jobTemplate: {
      t: 'batch/v1/JobTemplateSpec',
      d: 'Specifies the job that will be created when executing a CronJob.',
      r: 1,
    },
    schedule: {
      t: 'string',
      d: 'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.',
      r: 1,
    },
    startingDeadlineSeconds: {
      t: 'number',
      d: 'Optional deadline in seconds for starting the job if it misses scheduled time for any reason.  Missed jobs executions will be counted as failed ones.',
    },
    successfulJobsHistoryLimit: {
      t: 'number',
      d: 'The number of successful finished jobs to retain. Value must be non-negative integer. Defaults to 3.',
    },
    suspend: {
      t: 'boolean',
      d: 'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.',
    },
    timeZone: {
      t: 'string',
      d: 'The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process. The set of valid time zone names and the time zone offset is loaded from the system-wide time zone database by the API server during CronJob validation and the controller manager during execution. If no system-wide time zone database can be found a bundled version of the database is used instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a change in host configuration, the controller will stop creating new new Jobs and will create a system event with the reason UnknownTimeZone. More information can be found in https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones',
    },
  },
  'batch/v1/Job': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['batch/v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['Job', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'batch/v1/JobSpec',
      d: 'Specification of the desired behavior of a job. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'batch/v1/JobSpec': {
    activeDeadlineSeconds: {
      t: 'number',
      d: 'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.',
    },
    backoffLimit: {
      t: 'number',
      d: 'Specifies the number of retries before marking this job failed. Defaults to 6',
    },
    backoffLimitPerIndex: {
      t: 'number',
      d: "Specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.",
    },
    completionMode: {
      t: 'string',
      d: "completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.\n\n`NonIndexed` means that the Job is considered complete when there have been .spec.completions successfully completed Pods. Each Pod completion is homologous to each other.\n\n`Indexed` means that the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1), available in the annotation batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one successfully completed Pod for each index. When value is `Indexed`, .spec.completions must be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the form `$(job-name)-$(index)`.\n\nMore completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, which is possible during upgrades due to version skew, the controller skips updates for the Job.",
      e: [
        [
          'Indexed',
          'is a Job completion mode. In this mode, the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1). The Job is considered complete when a Pod completes for each completion index.',
        ],
        [
          'NonIndexed',
          'is a Job completion mode. In this mode, the Job is considered complete when there have been .spec.completions successfully completed Pods. Pod completions are homologous to each other.',
        ],
      ],
    },
    completions: {
      t: 'number',
      d: 'Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/',
    },
    managedBy: {
      t: 'string',
      d: 'ManagedBy field indicates the controller that manages a Job. The k8s Job controller reconciles jobs which don\'t have this field at all or the field value is the reserved string `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters before the first "/" must be a valid subdomain as defined by RFC 1123. All characters trailing the first "/" must be valid HTTP Path characters as defined by RFC 3986. The value cannot exceed 63 characters. This field is immutable.\n\nThis field is beta-level. The job controller accepts setting the field when the feature gate JobManagedBy is enabled (enabled by default).',
    },
    manualSelector: {
      t: 'boolean',
      d: 'manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see `manualSelector=true` in jobs that were created with the old `extensions/v1beta1` API. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector',
    },
    maxFailedIndexes: {
      t: 'number',
      d: 'Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated. When left as null the job continues execution of all of its indexes and is marked with the `Complete` Job condition. It can only be specified when backoffLimitPerIndex is set. It can be null or up to completions. It is required and must be less than or equal to 10^4 when is completions greater than 10^5.',
    },
    parallelism: {
      t: 'number',
      d: 'Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/',
    },
    podFailurePolicy: {
      t: 'batch/v1/PodFailurePolicy',
      d: "Specifies the policy of handling failed pods. In particular, it allows to specify the set of actions and conditions which need to be satisfied to take the associated action. If empty, the default behaviour applies - the counter of failed pods, represented by the jobs's .status.failed field, is incremented and it is checked against the backoffLimit. This field cannot be used in combination with restartPolicy=OnFailure.",
    },
    podReplacementPolicy: {
      t: 'string',
      d: 'podReplacementPolicy specifies when to create replacement Pods. Possible values are: - TerminatingOrFailed means that we recreate pods\n  when they are terminating (has a metadata.deletionTimestamp) or failed.\n- Failed means to wait until a previously created Pod is fully terminated (has phase\n  Failed or Succeeded) before creating a replacement Pod.\n\nWhen using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and Failed are allowed values when podFailurePolicy is not in use. This is an beta field. To use this, enable the JobPodReplacementPolicy feature toggle. This is on by default.',
      e: [
        [
          'Failed',
          'means to wait until a previously created Pod is fully terminated (has phase Failed or Succeeded) before creating a replacement Pod.',
        ],
        [
          'TerminatingOrFailed',
          'means that we recreate pods when they are terminating (has a metadata.deletionTimestamp) or failed.',
        ],
      ],
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: 'A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
    },
    successPolicy: {
      t: 'batch/v1/SuccessPolicy',
      d: 'successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the default behavior applies - the Job is declared as succeeded only when the number of succeeded pods equals to the completions. When the field is specified, it must be immutable and works only for the Indexed Jobs. Once the Job meets the SuccessPolicy, the lingering pods are terminated.',
    },
    suspend: {
      t: 'boolean',
      d: 'suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.',
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure". More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/',
      r: 1,
    },
    ttlSecondsAfterFinished: {
      t: 'number',
      d: "ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes.",
    },
  },
  'batch/v1/JobTemplateSpec': {
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata of the jobs created from this template. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'batch/v1/JobSpec',
      d: 'Specification of the desired behavior of the job. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'batch/v1/PodFailurePolicy': {
    rules: {
      t: '[]batch/v1/PodFailurePolicyRule',
      d: 'A list of pod failure policy rules. The rules are evaluated in order. Once a rule matches a Pod failure, the remaining of the rules are ignored. When no rule matches the Pod failure, the default handling applies - the counter of pod failures is incremented and it is checked against the backoffLimit. At most 20 elements are allowed.',
      r: 1,
    },
  },
  'batch/v1/PodFailurePolicyOnExitCodesRequirement': {
    containerName: {
      t: 'string',
      d: 'Restricts the check for exit codes to the container with the specified name. When null, the rule applies to all containers. When specified, it should match one the container or initContainer names in the pod template.',
    },
    operator: {
      t: 'string',
      d: "Represents the relationship between the container exit code(s) and the specified values. Containers completed with success (exit code 0) are excluded from the requirement check. Possible values are:\n\n- In: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is in the set of specified values.\n- NotIn: the requirement is satisfied if at least one container exit code\n  (might be multiple if there are multiple containers not restricted\n  by the 'containerName' field) is not in the set of specified values.\nAdditional values are considered to be added in the future. Clients should react to an unknown operator by assuming the requirement is not satisfied.",
      r: 1,
      e: [
        ['In', ''],
        ['NotIn', ''],
      ],
    },
    values: {
      t: '[]number',
      d: "Specifies the set of values. Each returned container exit code (might be multiple in case of multiple containers) is checked against this set of values with respect to the operator. The list of values must be ordered and must not contain duplicates. Value '0' cannot be used for the In operator. At least one element is required. At most 255 elements are allowed.",
      r: 1,
    },
  },
  'batch/v1/PodFailurePolicyOnPodConditionsPattern': {
    type: {
      t: 'string',
      d: 'Specifies the required Pod condition type. To match a pod condition it is required that specified type equals the pod condition type.',
      r: 1,
    },
  },
  'batch/v1/PodFailurePolicyRule': {
    action: {
      t: 'string',
      d: "Specifies the action taken on a pod failure when the requirements are satisfied. Possible values are:\n\n- FailJob: indicates that the pod's job is marked as Failed and all\n  running pods are terminated.\n- FailIndex: indicates that the pod's index is marked as Failed and will\n  not be restarted.\n- Ignore: indicates that the counter towards the .backoffLimit is not\n  incremented and a replacement pod is created.\n- Count: indicates that the pod is handled in the default way - the\n  counter towards the .backoffLimit is incremented.\nAdditional values are considered to be added in the future. Clients should react to an unknown action by skipping the rule.",
      r: 1,
      e: [
        [
          'Count',
          "This is an action which might be taken on a pod failure - the pod failure is handled in the default way - the counter towards .backoffLimit, represented by the job's .status.failed field, is incremented.",
        ],
        [
          'FailIndex',
          "This is an action which might be taken on a pod failure - mark the Job's index as failed to avoid restarts within this index. This action can only be used when backoffLimitPerIndex is set.",
        ],
        [
          'FailJob',
          "This is an action which might be taken on a pod failure - mark the pod's job as Failed and terminate all running pods.",
        ],
        [
          'Ignore',
          "This is an action which might be taken on a pod failure - the counter towards .backoffLimit, represented by the job's .status.failed field, is not incremented and a replacement pod is created.",
        ],
      ],
    },
    onExitCodes: {
      t: 'batch/v1/PodFailurePolicyOnExitCodesRequirement',
      d: 'Represents the requirement on the container exit codes.',
    },
    onPodConditions: {
      t: '[]batch/v1/PodFailurePolicyOnPodConditionsPattern',
      d: 'Represents the requirement on the pod conditions. The requirement is represented as a list of pod condition patterns. The requirement is satisfied if at least one pattern matches an actual pod condition. At most 20 elements are allowed.',
    },
  },
  'batch/v1/SuccessPolicy': {
    rules: {
      t: '[]batch/v1/SuccessPolicyRule',
      d: 'rules represents the list of alternative rules for the declaring the Jobs as successful before `.status.succeeded >= .spec.completions`. Once any of the rules are met, the "SucceededCriteriaMet" condition is added, and the lingering pods are removed. The terminal state for such a Job has the "Complete" condition. Additionally, these rules are evaluated in order; Once the Job meets one of the rules, other rules are ignored. At most 20 elements are allowed.',
      r: 1,
    },
  },
  'batch/v1/SuccessPolicyRule': {
    succeededCount: {
      t: 'number',
      d: 'succeededCount specifies the minimal required size of the actual set of the succeeded indexes for the Job. When succeededCount is used along with succeededIndexes, the check is constrained only to the set of indexes specified by succeededIndexes. For example, given that succeededIndexes is "1-4", succeededCount is "3", and completed indexes are "1", "3", and "5", the Job isn\'t declared as succeeded because only "1" and "3" indexes are considered in that rules. When this field is null, this doesn\'t default to any value and is never evaluated at any time. When specified it needs to be a positive integer.',
    },
    succeededIndexes: {
      t: 'string',
      d: 'succeededIndexes specifies the set of indexes which need to be contained in the actual set of the succeeded indexes for the Job. The list of indexes must be within 0 to ".spec.completions-1" and must not contain duplicates. At least one element is required. The indexes are represented as intervals separated by commas. The intervals can be a decimal integer or a pair of decimal integers separated by a hyphen. The number are listed in represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". When this field is null, this field doesn\'t default to any value and is never evaluated at any time.',
    },
  },
  'meta/v1/LabelSelector': {
    matchExpressions: {
      t: '[]meta/v1/LabelSelectorRequirement',
      d: 'matchExpressions is a list of label selector requirements. The requirements are ANDed.',
    },
    matchLabels: {
      t: 'map',
      d: 'matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.',
    },
  },
  'meta/v1/LabelSelectorRequirement': {
    key: { t: 'string', d: 'key is the label key that the selector applies to.', r: 1 },
    operator: {
      t: 'string',
      d: "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.",
      r: 1,
    },
    values: {
      t: '[]string',
      d: 'values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.',
    },
  },
  'meta/v1/ManagedFieldsEntry': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.',
    },
    fieldsType: {
      t: 'string',
      d: 'FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"',
    },
    fieldsV1: {
      t: 'object',
      d: 'FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.',
    },
    manager: { t: 'string', d: 'Manager is an identifier of the workflow managing these fields.' },
    operation: {
      t: 'string',
      d: "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
    },
    subresource: {
      t: 'string',
      d: 'Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.',
    },
    time: {
      t: 'string',
      d: 'Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.',
    },
  },
  'meta/v1/ObjectMeta': {
    annotations: {
      t: 'map',
      d: 'Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations',
    },
    creationTimestamp: {
      t: 'string',
      d: 'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
    },
    deletionGracePeriodSeconds: {
      t: 'number',
      d: 'Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.',
    },
    deletionTimestamp: {
      t: 'string',
      d: 'DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\n\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
    },
    finalizers: {
      t: '[]string',
      d: 'Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.',
    },
    generateName: {
      t: 'string',
      d: 'GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency',
    },
    generation: {
      t: 'number',
      d: 'A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.',
    },
    labels: {
      t: 'map',
      d: 'Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels',
    },
    managedFields: {
      t: '[]meta/v1/ManagedFieldsEntry',
      d: "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object.",
    },
    name: {
      t: 'string',
      d: 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
    },
    namespace: {
      t: 'string',
      d: 'Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces',
    },
    ownerReferences: {
      t: '[]meta/v1/OwnerReference',
      d: 'List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.',
    },
    resourceVersion: {
      t: 'string',
      d: 'An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency',
    },
    selfLink: {
      t: 'string',
      d: 'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.',
    },
    uid: {
      t: 'string',
      d: 'UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids',
    },
  },
  'meta/v1/OwnerReference': {
    apiVersion: { t: 'string', d: 'API version of the referent.', r: 1 },
    blockOwnerDeletion: {
      t: 'boolean',
      d: 'If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.',
    },
    controller: { t: 'boolean', d: 'If true, this reference points to the managing controller.' },
    kind: {
      t: 'string',
      d: 'Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
    },
    name: {
      t: 'string',
      d: 'Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
      r: 1,
    },
    uid: {
      t: 'string',
      d: 'UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids',
      r: 1,
    },
  },
  'v1/AWSElasticBlockStoreVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
    },
    partition: {
      t: 'number',
      d: 'partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly value true will force the readOnly setting in VolumeMounts. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
    },
    volumeID: {
      t: 'string',
      d: 'volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore',
      r: 1,
    },
  },
  'v1/Affinity': {
    nodeAffinity: {
      t: 'v1/NodeAffinity',
      d: 'Describes node affinity scheduling rules for the pod.',
    },
    podAffinity: {
      t: 'v1/PodAffinity',
      d: 'Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).',
    },
    podAntiAffinity: {
      t: 'v1/PodAntiAffinity',
      d: 'Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).',
    },
  },
  'v1/AppArmorProfile': {
    localhostProfile: {
      t: 'string',
      d: 'localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is "Localhost".',
    },
    type: {
      t: 'string',
      d: "type indicates which kind of AppArmor profile will be applied. Valid options are:\n  Localhost - a profile pre-loaded on the node.\n  RuntimeDefault - the container runtime's default profile.\n  Unconfined - no AppArmor enforcement.",
      r: 1,
      e: [
        ['Localhost', 'indicates that a profile pre-loaded on the node should be used.'],
        [
          'RuntimeDefault',
          "indicates that the container runtime's default AppArmor profile should be used.",
        ],
        ['Unconfined', 'indicates that no AppArmor profile should be enforced.'],
      ],
    },
  },
  'v1/AzureDiskVolumeSource': {
    cachingMode: {
      t: 'string',
      d: 'cachingMode is the Host Caching mode: None, Read Only, Read Write.',
      e: [
        ['None', ''],
        ['ReadOnly', ''],
        ['ReadWrite', ''],
      ],
    },
    diskName: { t: 'string', d: 'diskName is the Name of the data disk in the blob storage', r: 1 },
    diskURI: { t: 'string', d: 'diskURI is the URI of data disk in the blob storage', r: 1 },
    fsType: {
      t: 'string',
      d: 'fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    kind: {
      t: 'string',
      d: 'kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared',
      e: [
        ['Dedicated', ''],
        ['Managed', ''],
        ['Shared', ''],
      ],
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
  },
  'v1/AzureFileVolumeSource': {
    readOnly: {
      t: 'boolean',
      d: 'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    secretName: {
      t: 'string',
      d: 'secretName is the  name of secret that contains Azure Storage Account Name and Key',
      r: 1,
    },
    shareName: { t: 'string', d: 'shareName is the azure share Name', r: 1 },
  },
  'v1/CSIVolumeSource': {
    driver: {
      t: 'string',
      d: 'driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.',
      r: 1,
    },
    fsType: {
      t: 'string',
      d: 'fsType to mount. Ex. "ext4", "xfs", "ntfs". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply.',
    },
    nodePublishSecretRef: {
      t: 'v1/LocalObjectReference',
      d: 'nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed.',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).',
    },
    volumeAttributes: {
      t: 'map',
      d: "volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.",
    },
  },
  'v1/Capabilities': {
    add: { t: '[]string', d: 'Added capabilities' },
    drop: { t: '[]string', d: 'Removed capabilities' },
  },
  'v1/CephFSVolumeSource': {
    monitors: {
      t: '[]string',
      d: 'monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
      r: 1,
    },
    path: {
      t: 'string',
      d: 'path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
    },
    secretFile: {
      t: 'string',
      d: 'secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
    },
    user: {
      t: 'string',
      d: 'user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it',
    },
  },
  'v1/CinderVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef is optional: points to a secret object containing parameters used to connect to OpenStack.',
    },
    volumeID: {
      t: 'string',
      d: 'volumeID used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
      r: 1,
    },
  },
  'v1/ClusterTrustBundleProjection': {
    labelSelector: {
      t: 'meta/v1/LabelSelector',
      d: 'Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as "match nothing".  If set but empty, interpreted as "match everything".',
    },
    name: {
      t: 'string',
      d: 'Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector.',
    },
    optional: {
      t: 'boolean',
      d: "If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles.",
    },
    path: { t: 'string', d: 'Relative path from the volume root to write the bundle.', r: 1 },
    signerName: {
      t: 'string',
      d: 'Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated.',
    },
  },
  'v1/ConfigMapEnvSource': {
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: { t: 'boolean', d: 'Specify whether the ConfigMap must be defined' },
  },
  'v1/ConfigMapKeySelector': {
    key: { t: 'string', d: 'The key to select.', r: 1 },
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: { t: 'boolean', d: 'Specify whether the ConfigMap or its key must be defined' },
  },
  'v1/ConfigMapProjection': {
    items: {
      t: '[]v1/KeyToPath',
      d: "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
    },
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: {
      t: 'boolean',
      d: 'optional specify whether the ConfigMap or its keys must be defined',
    },
  },
  'v1/ConfigMapVolumeSource': {
    defaultMode: {
      t: 'number',
      d: 'defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    items: {
      t: '[]v1/KeyToPath',
      d: "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
    },
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: {
      t: 'boolean',
      d: 'optional specify whether the ConfigMap or its keys must be defined',
    },
  },
  'v1/Container': {
    args: {
      t: '[]string',
      d: 'Arguments to the entrypoint. The container image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    },
    command: {
      t: '[]string',
      d: 'Entrypoint array. Not executed within a shell. The container image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    },
    env: {
      t: '[]v1/EnvVar',
      d: 'List of environment variables to set in the container. Cannot be updated.',
    },
    envFrom: {
      t: '[]v1/EnvFromSource',
      d: 'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.',
    },
    image: {
      t: 'string',
      d: 'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.',
    },
    imagePullPolicy: {
      t: 'string',
      d: 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images',
      e: [
        [
          'Always',
          'means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.',
        ],
        [
          'IfNotPresent',
          "means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
        ],
        [
          'Never',
          "means that kubelet never pulls an image, but only uses a local image. Container will fail if the image isn't present",
        ],
      ],
    },
    lifecycle: {
      t: 'v1/Lifecycle',
      d: 'Actions that the management system should take in response to container lifecycle events. Cannot be updated.',
    },
    livenessProbe: {
      t: 'v1/Probe',
      d: 'Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
    },
    name: {
      t: 'string',
      d: 'Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.',
      r: 1,
    },
    ports: {
      t: '[]v1/ContainerPort',
      d: 'List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default "0.0.0.0" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.',
    },
    readinessProbe: {
      t: 'v1/Probe',
      d: 'Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
    },
    resizePolicy: {
      t: '[]v1/ContainerResizePolicy',
      d: 'Resources resize policy for the container.',
    },
    resources: {
      t: 'v1/ResourceRequirements',
      d: 'Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
    restartPolicy: {
      t: 'string',
      d: 'RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is "Always". For non-init containers or when this field is not specified, the restart behavior is defined by the Pod\'s restart policy and the container type. Setting the RestartPolicy as "Always" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy "Always" will be shut down. This lifecycle differs from normal init containers and is often referred to as a "sidecar" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed.',
    },
    securityContext: {
      t: 'v1/SecurityContext',
      d: 'SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    },
    startupProbe: {
      t: 'v1/Probe',
      d: "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes",
    },
    stdin: {
      t: 'boolean',
      d: 'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.',
    },
    stdinOnce: {
      t: 'boolean',
      d: 'Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false',
    },
    terminationMessagePath: {
      t: 'string',
      d: "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
    },
    terminationMessagePolicy: {
      t: 'string',
      d: 'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.',
      e: [
        [
          'FallbackToLogsOnError',
          'will read the most recent contents of the container logs for the container status message when the container exits with an error and the terminationMessagePath has no contents.',
        ],
        [
          'File',
          "is the default behavior and will set the container status message to the contents of the container's terminationMessagePath when the container exits.",
        ],
      ],
    },
    tty: {
      t: 'boolean',
      d: "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
    },
    volumeDevices: {
      t: '[]v1/VolumeDevice',
      d: 'volumeDevices is the list of block devices to be used by the container.',
    },
    volumeMounts: {
      t: '[]v1/VolumeMount',
      d: "Pod volumes to mount into the container's filesystem. Cannot be updated.",
    },
    workingDir: {
      t: 'string',
      d: "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
    },
  },
  'v1/ContainerPort': {
    containerPort: {
      t: 'number',
      d: "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.",
      r: 1,
    },
    hostIP: { t: 'string', d: 'What host IP to bind the external port to.' },
    hostPort: {
      t: 'number',
      d: 'Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this.',
    },
    name: {
      t: 'string',
      d: 'If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services.',
    },
    protocol: {
      t: 'string',
      d: 'Protocol for port. Must be UDP, TCP, or SCTP. Defaults to "TCP".',
      e: [
        ['SCTP', 'is the SCTP protocol.'],
        ['TCP', 'is the TCP protocol.'],
        ['UDP', 'is the UDP protocol.'],
      ],
    },
  },
  'v1/ContainerResizePolicy': {
    resourceName: {
      t: 'string',
      d: 'Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.',
      r: 1,
    },
    restartPolicy: {
      t: 'string',
      d: 'Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.',
      r: 1,
    },
  },
  'v1/DownwardAPIProjection': {
    items: { t: '[]v1/DownwardAPIVolumeFile', d: 'Items is a list of DownwardAPIVolume file' },
  },
  'v1/DownwardAPIVolumeFile': {
    fieldRef: {
      t: 'v1/ObjectFieldSelector',
      d: 'Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.',
    },
    mode: {
      t: 'number',
      d: 'Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    path: {
      t: 'string',
      d: "Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'",
      r: 1,
    },
    resourceFieldRef: {
      t: 'v1/ResourceFieldSelector',
      d: 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.',
    },
  },
  'v1/DownwardAPIVolumeSource': {
    defaultMode: {
      t: 'number',
      d: 'Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    items: { t: '[]v1/DownwardAPIVolumeFile', d: 'Items is a list of downward API volume file' },
  },
  'v1/EmptyDirVolumeSource': {
    medium: {
      t: 'string',
      d: 'medium represents what type of storage medium should back this directory. The default is "" which means to use the node\'s default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir',
    },
    sizeLimit: {
      t: 'quantity',
      d: 'sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir',
    },
  },
  'v1/EnvFromSource': {
    configMapRef: { t: 'v1/ConfigMapEnvSource', d: 'The ConfigMap to select from' },
    prefix: {
      t: 'string',
      d: 'Optional text to prepend to the name of each environment variable. Must be a C_IDENTIFIER.',
    },
    secretRef: { t: 'v1/SecretEnvSource', d: 'The Secret to select from' },
  },
  'v1/EnvVar': {
    name: { t: 'string', d: 'Name of the environment variable. Must be a C_IDENTIFIER.', r: 1 },
    value: {
      t: 'string',
      d: 'Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "".',
    },
    valueFrom: {
      t: 'v1/EnvVarSource',
      d: "Source for the environment variable's value. Cannot be used if value is not empty.",
    },
  },
  'v1/EnvVarSource': {
    configMapKeyRef: { t: 'v1/ConfigMapKeySelector', d: 'Selects a key of a ConfigMap.' },
    fieldRef: {
      t: 'v1/ObjectFieldSelector',
      d: "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.",
    },
    resourceFieldRef: {
      t: 'v1/ResourceFieldSelector',
      d: 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.',
    },
    secretKeyRef: {
      t: 'v1/SecretKeySelector',
      d: "Selects a key of a secret in the pod's namespace",
    },
  },
  'v1/EphemeralContainer': {
    args: {
      t: '[]string',
      d: 'Arguments to the entrypoint. The image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    },
    command: {
      t: '[]string',
      d: 'Entrypoint array. Not executed within a shell. The image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    },
    env: {
      t: '[]v1/EnvVar',
      d: 'List of environment variables to set in the container. Cannot be updated.',
    },
    envFrom: {
      t: '[]v1/EnvFromSource',
      d: 'List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.',
    },
    image: {
      t: 'string',
      d: 'Container image name. More info: https://kubernetes.io/docs/concepts/containers/images',
    },
    imagePullPolicy: {
      t: 'string',
      d: 'Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images',
      e: [
        [
          'Always',
          'means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.',
        ],
        [
          'IfNotPresent',
          "means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
        ],
        [
          'Never',
          "means that kubelet never pulls an image, but only uses a local image. Container will fail if the image isn't present",
        ],
      ],
    },
    lifecycle: { t: 'v1/Lifecycle', d: 'Lifecycle is not allowed for ephemeral containers.' },
    livenessProbe: { t: 'v1/Probe', d: 'Probes are not allowed for ephemeral containers.' },
    name: {
      t: 'string',
      d: 'Name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers.',
      r: 1,
    },
    ports: { t: '[]v1/ContainerPort', d: 'Ports are not allowed for ephemeral containers.' },
    readinessProbe: { t: 'v1/Probe', d: 'Probes are not allowed for ephemeral containers.' },
    resizePolicy: {
      t: '[]v1/ContainerResizePolicy',
      d: 'Resources resize policy for the container.',
    },
    resources: {
      t: 'v1/ResourceRequirements',
      d: 'Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources already allocated to the pod.',
    },
    restartPolicy: {
      t: 'string',
      d: 'Restart policy for the container to manage the restart behavior of each container within a pod. This may only be set for init containers. You cannot set this field on ephemeral containers.',
    },
    securityContext: {
      t: 'v1/SecurityContext',
      d: 'Optional: SecurityContext defines the security options the ephemeral container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.',
    },
    startupProbe: { t: 'v1/Probe', d: 'Probes are not allowed for ephemeral containers.' },
    stdin: {
      t: 'boolean',
      d: 'Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.',
    },
    stdinOnce: {
      t: 'boolean',
      d: 'Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false',
    },
    targetContainerName: {
      t: 'string',
      d: 'If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container uses the namespaces configured in the Pod spec.\n\nThe container runtime must implement support for this feature. If the runtime does not support namespace targeting then the result of setting this field is undefined.',
    },
    terminationMessagePath: {
      t: 'string',
      d: "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
    },
    terminationMessagePolicy: {
      t: 'string',
      d: 'Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.',
      e: [
        [
          'FallbackToLogsOnError',
          'will read the most recent contents of the container logs for the container status message when the container exits with an error and the terminationMessagePath has no contents.',
        ],
        [
          'File',
          "is the default behavior and will set the container status message to the contents of the container's terminationMessagePath when the container exits.",
        ],
      ],
    },
    tty: {
      t: 'boolean',
      d: "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
    },
    volumeDevices: {
      t: '[]v1/VolumeDevice',
      d: 'volumeDevices is the list of block devices to be used by the container.',
    },
    volumeMounts: {
      t: '[]v1/VolumeMount',
      d: "Pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers. Cannot be updated.",
    },
    workingDir: {
      t: 'string',
      d: "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
    },
  },
  'v1/EphemeralVolumeSource': {
    volumeClaimTemplate: {
      t: 'v1/PersistentVolumeClaimTemplate',
      d: 'Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).\n\nAn existing PVC with that name that is not owned by the pod will \\*not\\* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.\n\nThis field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.\n\nRequired, must not be nil.',
    },
  },
  'v1/ExecAction': {
    command: {
      t: '[]string',
      d: "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.",
    },
  },
  'v1/FCVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    lun: { t: 'number', d: 'lun is Optional: FC target lun number' },
    readOnly: {
      t: 'boolean',
      d: 'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    targetWWNs: { t: '[]string', d: 'targetWWNs is Optional: FC target worldwide names (WWNs)' },
    wwids: {
      t: '[]string',
      d: 'wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.',
    },
  },
  'v1/FlexVolumeSource': {
    driver: { t: 'string', d: 'driver is the name of the driver to use for this volume.', r: 1 },
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.',
    },
    options: { t: 'map', d: 'options is Optional: this field holds extra command options if any.' },
    readOnly: {
      t: 'boolean',
      d: 'readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts.',
    },
  },
  'v1/FlockerVolumeSource': {
    datasetName: {
      t: 'string',
      d: 'datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated',
    },
    datasetUUID: {
      t: 'string',
      d: 'datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset',
    },
  },
  'v1/GCEPersistentDiskVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
    },
    partition: {
      t: 'number',
      d: 'partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as "1". Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
    },
    pdName: {
      t: 'string',
      d: 'pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
      r: 1,
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk',
    },
  },
  'v1/GRPCAction': {
    port: {
      t: 'number',
      d: 'Port number of the gRPC service. Number must be in the range 1 to 65535.',
      r: 1,
    },
    service: {
      t: 'string',
      d: 'Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not specified, the default behavior is defined by gRPC.',
    },
  },
  'v1/GitRepoVolumeSource': {
    directory: {
      t: 'string',
      d: "directory is the target directory name. Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name.",
    },
    repository: { t: 'string', d: 'repository is the URL', r: 1 },
    revision: { t: 'string', d: 'revision is the commit hash for the specified revision.' },
  },
  'v1/GlusterfsVolumeSource': {
    endpoints: {
      t: 'string',
      d: 'endpoints is the endpoint name that details Glusterfs topology. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
      r: 1,
    },
    path: {
      t: 'string',
      d: 'path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
      r: 1,
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod',
    },
  },
  'v1/HTTPGetAction': {
    host: {
      t: 'string',
      d: 'Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.',
    },
    httpHeaders: {
      t: '[]v1/HTTPHeader',
      d: 'Custom headers to set in the request. HTTP allows repeated headers.',
    },
    path: { t: 'string', d: 'Path to access on the HTTP server.' },
    port: {
      t: 'int-or-string',
      d: 'Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.',
      r: 1,
    },
    scheme: {
      t: 'string',
      d: 'Scheme to use for connecting to the host. Defaults to HTTP.',
      e: [
        ['HTTP', 'means that the scheme used will be http://'],
        ['HTTPS', 'means that the scheme used will be https://'],
      ],
    },
  },
  'v1/HTTPHeader': {
    name: {
      t: 'string',
      d: 'The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.',
      r: 1,
    },
    value: { t: 'string', d: 'The header field value', r: 1 },
  },
  'v1/HostAlias': {
    hostnames: { t: '[]string', d: 'Hostnames for the above IP address.' },
    ip: { t: 'string', d: 'IP address of the host file entry.', r: 1 },
  },
  'v1/HostPathVolumeSource': {
    path: {
      t: 'string',
      d: 'path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
      r: 1,
    },
    type: {
      t: 'string',
      d: 'type for HostPath Volume Defaults to "" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
      e: [
        ['', 'For backwards compatible, leave it empty if unset'],
        ['BlockDevice', 'A block device must exist at the given path'],
        ['CharDevice', 'A character device must exist at the given path'],
        ['Directory', 'A directory must exist at the given path'],
        [
          'DirectoryOrCreate',
          'If nothing exists at the given path, an empty directory will be created there as needed with file mode 0755, having the same group and ownership with Kubelet.',
        ],
        ['File', 'A file must exist at the given path'],
        [
          'FileOrCreate',
          'If nothing exists at the given path, an empty file will be created there as needed with file mode 0644, having the same group and ownership with Kubelet.',
        ],
        ['Socket', 'A UNIX socket must exist at the given path'],
      ],
    },
  },
  'v1/ISCSIVolumeSource': {
    chapAuthDiscovery: {
      t: 'boolean',
      d: 'chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication',
    },
    chapAuthSession: {
      t: 'boolean',
      d: 'chapAuthSession defines whether support iSCSI Session CHAP authentication',
    },
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi',
    },
    initiatorName: {
      t: 'string',
      d: 'initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.',
    },
    iqn: { t: 'string', d: 'iqn is the target iSCSI Qualified Name.', r: 1 },
    iscsiInterface: {
      t: 'string',
      d: "iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).",
    },
    lun: { t: 'number', d: 'lun represents iSCSI Target Lun number.', r: 1 },
    portals: {
      t: '[]string',
      d: 'portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef is the CHAP Secret for iSCSI target and initiator authentication',
    },
    targetPortal: {
      t: 'string',
      d: 'targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).',
      r: 1,
    },
  },
  'v1/ImageVolumeSource': {
    pullPolicy: {
      t: 'string',
      d: "Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.",
      e: [
        [
          'Always',
          'means that kubelet always attempts to pull the latest image. Container will fail If the pull fails.',
        ],
        [
          'IfNotPresent',
          "means that kubelet pulls if the image isn't present on disk. Container will fail if the image isn't present and the pull fails.",
        ],
        [
          'Never',
          "means that kubelet never pulls an image, but only uses a local image. Container will fail if the image isn't present",
        ],
      ],
    },
    reference: {
      t: 'string',
      d: 'Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[\\*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.',
    },
  },
  'v1/KeyToPath': {
    key: { t: 'string', d: 'key is the key to project.', r: 1 },
    mode: {
      t: 'number',
      d: 'mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    path: {
      t: 'string',
      d: "path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'.",
      r: 1,
    },
  },
  'v1/Lifecycle': {
    postStart: {
      t: 'v1/LifecycleHandler',
      d: 'PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks',
    },
    preStop: {
      t: 'v1/LifecycleHandler',
      d: "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks",
    },
    stopSignal: {
      t: 'string',
      d: 'StopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name',
      e: [
        ['SIGABRT', ''],
        ['SIGALRM', ''],
        ['SIGBUS', ''],
        ['SIGCHLD', ''],
        ['SIGCLD', ''],
        ['SIGCONT', ''],
        ['SIGFPE', ''],
        ['SIGHUP', ''],
        ['SIGILL', ''],
        ['SIGINT', ''],
        ['SIGIO', ''],
        ['SIGIOT', ''],
        ['SIGKILL', ''],
        ['SIGPIPE', ''],
        ['SIGPOLL', ''],
        ['SIGPROF', ''],
        ['SIGPWR', ''],
        ['SIGQUIT', ''],
        ['SIGRTMAX', ''],
        ['SIGRTMAX-1', ''],
        ['SIGRTMAX-10', ''],
        ['SIGRTMAX-11', ''],
        ['SIGRTMAX-12', ''],
        ['SIGRTMAX-13', ''],
        ['SIGRTMAX-14', ''],
        ['SIGRTMAX-2', ''],
        ['SIGRTMAX-3', ''],
        ['SIGRTMAX-4', ''],
        ['SIGRTMAX-5', ''],
        ['SIGRTMAX-6', ''],
        ['SIGRTMAX-7', ''],
        ['SIGRTMAX-8', ''],
        ['SIGRTMAX-9', ''],
        ['SIGRTMIN', ''],
        ['SIGRTMIN+1', ''],
        ['SIGRTMIN+10', ''],
        ['SIGRTMIN+11', ''],
        ['SIGRTMIN+12', ''],
        ['SIGRTMIN+13', ''],
        ['SIGRTMIN+14', ''],
        ['SIGRTMIN+15', ''],
        ['SIGRTMIN+2', ''],
        ['SIGRTMIN+3', ''],
        ['SIGRTMIN+4', ''],
        ['SIGRTMIN+5', ''],
        ['SIGRTMIN+6', ''],
        ['SIGRTMIN+7', ''],
        ['SIGRTMIN+8', ''],
        ['SIGRTMIN+9', ''],
        ['SIGSEGV', ''],
        ['SIGSTKFLT', ''],
        ['SIGSTOP', ''],
        ['SIGSYS', ''],
        ['SIGTERM', ''],
        ['SIGTRAP', ''],
        ['SIGTSTP', ''],
        ['SIGTTIN', ''],
        ['SIGTTOU', ''],
        ['SIGURG', ''],
        ['SIGUSR1', ''],
        ['SIGUSR2', ''],
        ['SIGVTALRM', ''],
        ['SIGWINCH', ''],
        ['SIGXCPU', ''],
        ['SIGXFSZ', ''],
      ],
    },
  },
  'v1/LifecycleHandler': {
    exec: { t: 'v1/ExecAction', d: 'Exec specifies a command to execute in the container.' },
    httpGet: { t: 'v1/HTTPGetAction', d: 'HTTPGet specifies an HTTP GET request to perform.' },
    sleep: {
      t: 'v1/SleepAction',
      d: 'Sleep represents a duration that the container should sleep.',
    },
    tcpSocket: {
      t: 'v1/TCPSocketAction',
      d: 'Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified.',
    },
  },
  'v1/LocalObjectReference': {
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
  },
  'v1/NFSVolumeSource': {
    path: {
      t: 'string',
      d: 'path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
      r: 1,
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
    },
    server: {
      t: 'string',
      d: 'server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs',
      r: 1,
    },
  },
  'v1/NodeAffinity': {
    preferredDuringSchedulingIgnoredDuringExecution: {
      t: '[]v1/PreferredSchedulingTerm',
      d: 'The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.',
    },
    requiredDuringSchedulingIgnoredDuringExecution: {
      t: 'v1/NodeSelector',
      d: 'If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node.',
    },
  },
  'v1/NodeSelector': {
    nodeSelectorTerms: {
      t: '[]v1/NodeSelectorTerm',
      d: 'Required. A list of node selector terms. The terms are ORed.',
      r: 1,
    },
  },
  'v1/NodeSelectorRequirement': {
    key: { t: 'string', d: 'The label key that the selector applies to.', r: 1 },
    operator: {
      t: 'string',
      d: "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.",
      r: 1,
      e: [
        ['DoesNotExist', ''],
        ['Exists', ''],
        ['Gt', ''],
        ['In', ''],
        ['Lt', ''],
        ['NotIn', ''],
      ],
    },
    values: {
      t: '[]string',
      d: 'An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.',
    },
  },
  'v1/NodeSelectorTerm': {
    matchExpressions: {
      t: '[]v1/NodeSelectorRequirement',
      d: "A list of node selector requirements by node's labels.",
    },
    matchFields: {
      t: '[]v1/NodeSelectorRequirement',
      d: "A list of node selector requirements by node's fields.",
    },
  },
  'v1/ObjectFieldSelector': {
    apiVersion: {
      t: 'string',
      d: 'Version of the schema the FieldPath is written in terms of, defaults to "v1".',
    },
    fieldPath: {
      t: 'string',
      d: 'Path of the field to select in the specified API version.',
      r: 1,
    },
  },
  'v1/PersistentVolumeClaimSpec': {
    accessModes: {
      t: '[]string',
      d: 'accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1',
      e: [
        ['ReadOnlyMany', ''],
        ['ReadWriteMany', ''],
        ['ReadWriteOnce', ''],
        ['ReadWriteOncePod', ''],
      ],
    },
    dataSource: {
      t: 'v1/TypedLocalObjectReference',
      d: 'dataSource field can be used to specify either: \\* An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) \\* An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource.',
    },
    dataSourceRef: {
      t: 'v1/TypedObjectReference',
      d: "dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: \\* While dataSource only allows two specific types of objects, dataSourceRef\n  allows any non-core object, as well as PersistentVolumeClaim objects.\n\\* While dataSource ignores disallowed values (dropping them), dataSourceRef\n  preserves all values, and generates an error if a disallowed value is\n  specified.\n\\* While dataSource only allows local objects, dataSourceRef allows objects\n  in any namespaces.\n(Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.",
    },
    resources: {
      t: 'v1/VolumeResourceRequirements',
      d: 'resources represents the minimum resources the volume should have. If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources',
    },
    selector: {
      t: 'meta/v1/LabelSelector',
      d: 'selector is a label query over volumes to consider for binding.',
    },
    storageClassName: {
      t: 'string',
      d: 'storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1',
    },
    volumeAttributesClassName: {
      t: 'string',
      d: "volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass will be applied to the claim but it's not allowed to reset this field to empty string once it is set. If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass will be set by the persistentvolume controller if it exists. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default).",
    },
    volumeMode: {
      t: 'string',
      d: 'volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.',
      e: [
        [
          'Block',
          'means the volume will not be formatted with a filesystem and will remain a raw block device.',
        ],
        ['Filesystem', 'means the volume will be or is formatted with a filesystem.'],
      ],
    },
    volumeName: {
      t: 'string',
      d: 'volumeName is the binding reference to the PersistentVolume backing this claim.',
    },
  },
  'v1/PersistentVolumeClaimTemplate': {
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: 'May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation.',
    },
    spec: {
      t: 'v1/PersistentVolumeClaimSpec',
      d: 'The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here.',
      r: 1,
    },
  },
  'v1/PersistentVolumeClaimVolumeSource': {
    claimName: {
      t: 'string',
      d: 'claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
      r: 1,
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly Will force the ReadOnly setting in VolumeMounts. Default false.',
    },
  },
  'v1/PhotonPersistentDiskVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    pdID: {
      t: 'string',
      d: 'pdID is the ID that identifies Photon Controller persistent disk',
      r: 1,
    },
  },
  'v1/Pod': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['Pod', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'v1/PodSpec',
      d: 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'v1/PodAffinity': {
    preferredDuringSchedulingIgnoredDuringExecution: {
      t: '[]v1/WeightedPodAffinityTerm',
      d: 'The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.',
    },
    requiredDuringSchedulingIgnoredDuringExecution: {
      t: '[]v1/PodAffinityTerm',
      d: 'If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.',
    },
  },
  'v1/PodAffinityTerm': {
    labelSelector: {
      t: 'meta/v1/LabelSelector',
      d: "A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods.",
    },
    matchLabelKeys: {
      t: '[]string',
      d: "MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set.",
    },
    mismatchLabelKeys: {
      t: '[]string',
      d: "MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set.",
    },
    namespaceSelector: {
      t: 'meta/v1/LabelSelector',
      d: 'A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means "this pod\'s namespace". An empty selector ({}) matches all namespaces.',
    },
    namespaces: {
      t: '[]string',
      d: 'namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means "this pod\'s namespace".',
    },
    topologyKey: {
      t: 'string',
      d: 'This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed.',
      r: 1,
    },
  },
  'v1/PodAntiAffinity': {
    preferredDuringSchedulingIgnoredDuringExecution: {
      t: '[]v1/WeightedPodAffinityTerm',
      d: 'The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.',
    },
    requiredDuringSchedulingIgnoredDuringExecution: {
      t: '[]v1/PodAffinityTerm',
      d: 'If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.',
    },
  },
  'v1/PodDNSConfig': {
    nameservers: {
      t: '[]string',
      d: 'A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.',
    },
    options: {
      t: '[]v1/PodDNSConfigOption',
      d: 'A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy.',
    },
    searches: {
      t: '[]string',
      d: 'A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.',
    },
  },
  'v1/PodDNSConfigOption': {
    name: { t: 'string', d: "Name is this DNS resolver option's name. Required." },
    value: { t: 'string', d: "Value is this DNS resolver option's value." },
  },
  'v1/PodOS': {
    name: {
      t: 'string',
      d: 'Name is the name of the operating system. The currently supported values are linux and windows. Additional value may be defined in future and can be one of: https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration Clients should expect to handle additional values and treat unrecognized values in this field as os: null',
      r: 1,
    },
  },
  'v1/PodReadinessGate': {
    conditionType: {
      t: 'string',
      d: "ConditionType refers to a condition in the pod's condition list with matching type.",
      r: 1,
    },
  },
  'v1/PodResourceClaim': {
    name: {
      t: 'string',
      d: 'Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.',
      r: 1,
    },
    resourceClaimName: {
      t: 'string',
      d: 'ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set.',
    },
    resourceClaimTemplateName: {
      t: 'string',
      d: 'ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\n\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\n\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set.',
    },
  },
  'v1/PodSchedulingGate': {
    name: {
      t: 'string',
      d: 'Name of the scheduling gate. Each scheduling gate must have a unique name field.',
      r: 1,
    },
  },
  'v1/PodSecurityContext': {
    appArmorProfile: {
      t: 'v1/AppArmorProfile',
      d: 'appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.',
    },
    fsGroup: {
      t: 'number',
      d: "A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\n\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----\n\nIf unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.",
    },
    fsGroupChangePolicy: {
      t: 'string',
      d: 'fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.',
      e: [
        [
          'Always',
          "indicates that volume's ownership and permissions should always be changed whenever volume is mounted inside a Pod. This the default behavior.",
        ],
        [
          'OnRootMismatch',
          "indicates that volume's ownership and permissions will be changed only when permission and ownership of root directory does not match with expected permissions on the volume. This can help shorten the time it takes to change ownership and permissions of a volume.",
        ],
      ],
    },
    runAsGroup: {
      t: 'number',
      d: 'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
    },
    runAsNonRoot: {
      t: 'boolean',
      d: 'Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
    },
    runAsUser: {
      t: 'number',
      d: 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
    },
    seLinuxChangePolicy: {
      t: 'string',
      d: 'seLinuxChangePolicy defines how the container\'s SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are "MountOption" and "Recursive".\n\n"Recursive" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.\n\n"MountOption" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. "MountOption" value is allowed only when SELinuxMount feature gate is enabled.\n\nIf not specified and SELinuxMount feature gate is enabled, "MountOption" is used. If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes and "Recursive" for all other volumes.\n\nThis field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.\n\nAll Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows.',
    },
    seLinuxOptions: {
      t: 'v1/SELinuxOptions',
      d: 'The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.',
    },
    seccompProfile: {
      t: 'v1/SeccompProfile',
      d: 'The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.',
    },
    supplementalGroups: {
      t: '[]number',
      d: "A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.",
    },
    supplementalGroupsPolicy: {
      t: 'string',
      d: 'Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict". If not specified, "Merge" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows.',
      e: [
        [
          'Merge',
          "means that the container's provided SupplementalGroups and FsGroup (specified in SecurityContext) will be merged with the primary user's groups as defined in the container image (in /etc/group).",
        ],
        [
          'Strict',
          "means that the container's provided SupplementalGroups and FsGroup (specified in SecurityContext) will be used instead of any groups defined in the container image.",
        ],
      ],
    },
    sysctls: {
      t: '[]v1/Sysctl',
      d: 'Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.',
    },
    windowsOptions: {
      t: 'v1/WindowsSecurityContextOptions',
      d: "The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.",
    },
  },
  'v1/PodSpec': {
    activeDeadlineSeconds: {
      t: 'number',
      d: 'Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.',
    },
    affinity: { t: 'v1/Affinity', d: "If specified, the pod's scheduling constraints" },
    automountServiceAccountToken: {
      t: 'boolean',
      d: 'AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.',
    },
    containers: {
      t: '[]v1/Container',
      d: 'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.',
      r: 1,
    },
    dnsConfig: {
      t: 'v1/PodDNSConfig',
      d: 'Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy.',
    },
    dnsPolicy: {
      t: 'string',
      d: "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
      e: [
        [
          'ClusterFirst',
          'indicates that the pod should use cluster DNS first unless hostNetwork is true, if it is available, then fall back on the default (as determined by kubelet) DNS settings.',
        ],
        [
          'ClusterFirstWithHostNet',
          'indicates that the pod should use cluster DNS first, if it is available, then fall back on the default (as determined by kubelet) DNS settings.',
        ],
        [
          'Default',
          'indicates that the pod should use the default (as determined by kubelet) DNS settings.',
        ],
        [
          'None',
          'indicates that the pod should use empty DNS settings. DNS parameters such as nameservers and search paths should be defined via DNSConfig.',
        ],
      ],
    },
    enableServiceLinks: {
      t: 'boolean',
      d: "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
    },
    ephemeralContainers: {
      t: '[]v1/EphemeralContainer',
      d: "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
    },
    hostAliases: {
      t: '[]v1/HostAlias',
      d: "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
    },
    hostIPC: { t: 'boolean', d: "Use the host's ipc namespace. Optional: Default to false." },
    hostNetwork: {
      t: 'boolean',
      d: "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false.",
    },
    hostPID: { t: 'boolean', d: "Use the host's pid namespace. Optional: Default to false." },
    hostUsers: {
      t: 'boolean',
      d: "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host. This field is alpha-level and is only honored by servers that enable the UserNamespacesSupport feature.",
    },
    hostname: {
      t: 'string',
      d: "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
    },
    imagePullSecrets: {
      t: '[]v1/LocalObjectReference',
      d: 'ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod',
    },
    initContainers: {
      t: '[]v1/Container',
      d: 'List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
    },
    nodeName: {
      t: 'string',
      d: 'NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename',
    },
    nodeSelector: {
      t: 'map',
      d: "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
    },
    os: {
      t: 'v1/PodOS',
      d: 'Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.securityContext.supplementalGroupsPolicy - spec.containers[\\*].securityContext.appArmorProfile - spec.containers[\\*].securityContext.seLinuxOptions - spec.containers[\\*].securityContext.seccompProfile - spec.containers[\\*].securityContext.capabilities - spec.containers[\\*].securityContext.readOnlyRootFilesystem - spec.containers[\\*].securityContext.privileged - spec.containers[\\*].securityContext.allowPrivilegeEscalation - spec.containers[\\*].securityContext.procMount - spec.containers[\\*].securityContext.runAsUser - spec.containers[\\*].securityContext.runAsGroup',
    },
    overhead: {
      t: 'map',
      d: 'Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md',
    },
    preemptionPolicy: {
      t: 'string',
      d: 'PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.',
      e: [
        ['Never', 'means that pod never preempts other pods with lower priority.'],
        ['PreemptLowerPriority', 'means that pod can preempt other pods with lower priority.'],
      ],
    },
    priority: {
      t: 'number',
      d: 'The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.',
    },
    priorityClassName: {
      t: 'string',
      d: 'If specified, indicates the pod\'s priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.',
    },
    readinessGates: {
      t: '[]v1/PodReadinessGate',
      d: 'If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates',
    },
    resourceClaims: {
      t: '[]v1/PodResourceClaim',
      d: 'ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable.',
    },
    resources: {
      t: 'v1/ResourceRequirements',
      d: 'Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for "cpu" and "memory" resource names only. ResourceClaims are not supported.\n\nThis field enables fine-grained control over resource allocation for the entire pod, allowing resource sharing among containers in a pod.\n\nThis is an alpha field and requires enabling the PodLevelResources feature gate.',
    },
    restartPolicy: {
      t: 'string',
      d: 'Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
      e: [
        ['Always', ''],
        ['Never', ''],
        ['OnFailure', ''],
      ],
    },
    runtimeClassName: {
      t: 'string',
      d: 'RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class',
    },
    schedulerName: {
      t: 'string',
      d: 'If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.',
    },
    schedulingGates: {
      t: '[]v1/PodSchedulingGate',
      d: 'SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.',
    },
    securityContext: {
      t: 'v1/PodSecurityContext',
      d: 'SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field.',
    },
    serviceAccount: {
      t: 'string',
      d: 'DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.',
    },
    serviceAccountName: {
      t: 'string',
      d: 'ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
    },
    setHostnameAsFQDN: {
      t: 'boolean',
      d: "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\Tcpip\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
    },
    shareProcessNamespace: {
      t: 'boolean',
      d: 'Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.',
    },
    subdomain: {
      t: 'string',
      d: 'If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.',
    },
    terminationGracePeriodSeconds: {
      t: 'number',
      d: 'Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.',
    },
    tolerations: { t: '[]v1/Toleration', d: "If specified, the pod's tolerations." },
    topologySpreadConstraints: {
      t: '[]v1/TopologySpreadConstraint',
      d: 'TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.',
    },
    volumes: {
      t: '[]v1/Volume',
      d: 'List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes',
    },
  },
  'v1/PodTemplateSpec': {
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'v1/PodSpec',
      d: 'Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'v1/PortworxVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    volumeID: { t: 'string', d: 'volumeID uniquely identifies a Portworx volume', r: 1 },
  },
  'v1/PreferredSchedulingTerm': {
    preference: {
      t: 'v1/NodeSelectorTerm',
      d: 'A node selector term, associated with the corresponding weight.',
      r: 1,
    },
    weight: {
      t: 'number',
      d: 'Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.',
      r: 1,
    },
  },
  'v1/Probe': {
    exec: { t: 'v1/ExecAction', d: 'Exec specifies a command to execute in the container.' },
    failureThreshold: {
      t: 'number',
      d: 'Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1.',
    },
    grpc: { t: 'v1/GRPCAction', d: 'GRPC specifies a GRPC HealthCheckRequest.' },
    httpGet: { t: 'v1/HTTPGetAction', d: 'HTTPGet specifies an HTTP GET request to perform.' },
    initialDelaySeconds: {
      t: 'number',
      d: 'Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
    },
    periodSeconds: {
      t: 'number',
      d: 'How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1.',
    },
    successThreshold: {
      t: 'number',
      d: 'Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.',
    },
    tcpSocket: { t: 'v1/TCPSocketAction', d: 'TCPSocket specifies a connection to a TCP port.' },
    terminationGracePeriodSeconds: {
      t: 'number',
      d: "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.",
    },
    timeoutSeconds: {
      t: 'number',
      d: 'Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes',
    },
  },
  'v1/ProjectedVolumeSource': {
    defaultMode: {
      t: 'number',
      d: 'defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    sources: {
      t: '[]v1/VolumeProjection',
      d: 'sources is the list of volume projections. Each entry in this list handles one source.',
    },
  },
  'v1/QuobyteVolumeSource': {
    group: { t: 'string', d: 'group to map volume access to Default is no group' },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.',
    },
    registry: {
      t: 'string',
      d: 'registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes',
      r: 1,
    },
    tenant: {
      t: 'string',
      d: 'tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin',
    },
    user: { t: 'string', d: 'user to map volume access to Defaults to serivceaccount user' },
    volume: {
      t: 'string',
      d: 'volume is a string that references an already created Quobyte volume by name.',
      r: 1,
    },
  },
  'v1/RBDVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd',
    },
    image: {
      t: 'string',
      d: 'image is the rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
      r: 1,
    },
    keyring: {
      t: 'string',
      d: 'keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
    },
    monitors: {
      t: '[]string',
      d: 'monitors is a collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
      r: 1,
    },
    pool: {
      t: 'string',
      d: 'pool is the rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
    },
    user: {
      t: 'string',
      d: 'user is the rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it',
    },
  },
  'v1/ReplicationController': {
    apiVersion: {
      t: 'string',
      d: 'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
      r: 1,
      e: [['v1', '']],
    },
    kind: {
      t: 'string',
      d: 'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
      r: 1,
      e: [['ReplicationController', '']],
    },
    metadata: {
      t: 'meta/v1/ObjectMeta',
      d: "If the Labels of a ReplicationController are empty, they are defaulted to be the same as the Pod(s) that the replication controller manages. Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
    },
    spec: {
      t: 'v1/ReplicationControllerSpec',
      d: 'Spec defines the specification of the desired behavior of the replication controller. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    },
  },
  'v1/ReplicationControllerSpec': {
    minReadySeconds: {
      t: 'number',
      d: 'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)',
    },
    replicas: {
      t: 'number',
      d: 'Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller',
    },
    selector: {
      t: 'map',
      d: 'Selector is a label query over pods that should match the Replicas count. If Selector is empty, it is defaulted to the labels present on the Pod template. Label keys and values that must match in order to be controlled by this replication controller, if empty defaulted to labels on Pod template. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
    },
    template: {
      t: 'v1/PodTemplateSpec',
      d: 'Template is the object that describes the pod that will be created if insufficient replicas are detected. This takes precedence over a TemplateRef. The only allowed template.spec.restartPolicy value is "Always". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
    },
  },
  'v1/ResourceClaim': {
    name: {
      t: 'string',
      d: 'Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.',
      r: 1,
    },
    request: {
      t: 'string',
      d: 'Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.',
    },
  },
  'v1/ResourceFieldSelector': {
    containerName: {
      t: 'string',
      d: 'Container name: required for volumes, optional for env vars',
    },
    divisor: {
      t: 'quantity',
      d: 'Specifies the output format of the exposed resources, defaults to "1"',
    },
    resource: { t: 'string', d: 'Required: resource to select', r: 1 },
  },
  'v1/ResourceRequirements': {
    claims: {
      t: '[]v1/ResourceClaim',
      d: 'Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.',
    },
    limits: {
      t: 'map',
      d: 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
    requests: {
      t: 'map',
      d: 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
  },
  'v1/SELinuxOptions': {
    level: { t: 'string', d: 'Level is SELinux level label that applies to the container.' },
    role: { t: 'string', d: 'Role is a SELinux role label that applies to the container.' },
    type: { t: 'string', d: 'Type is a SELinux type label that applies to the container.' },
    user: { t: 'string', d: 'User is a SELinux user label that applies to the container.' },
  },
  'v1/ScaleIOVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Default is "xfs".',
    },
    gateway: { t: 'string', d: 'gateway is the host address of the ScaleIO API Gateway.', r: 1 },
    protectionDomain: {
      t: 'string',
      d: 'protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail.',
      r: 1,
    },
    sslEnabled: {
      t: 'boolean',
      d: 'sslEnabled Flag enable/disable SSL communication with Gateway, default false',
    },
    storageMode: {
      t: 'string',
      d: 'storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.',
    },
    storagePool: {
      t: 'string',
      d: 'storagePool is the ScaleIO Storage Pool associated with the protection domain.',
    },
    system: {
      t: 'string',
      d: 'system is the name of the storage system as configured in ScaleIO.',
      r: 1,
    },
    volumeName: {
      t: 'string',
      d: 'volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.',
    },
  },
  'v1/SeccompProfile': {
    localhostProfile: {
      t: 'string',
      d: 'localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet\'s configured seccomp profile location. Must be set if type is "Localhost". Must NOT be set for any other type.',
    },
    type: {
      t: 'string',
      d: 'type indicates which kind of seccomp profile will be applied. Valid options are:\n\nLocalhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied.',
      r: 1,
      e: [
        [
          'Localhost',
          "indicates a profile defined in a file on the node should be used. The file's location relative to <kubelet-root-dir>/seccomp.",
        ],
        ['RuntimeDefault', 'represents the default container runtime seccomp profile.'],
        ['Unconfined', 'indicates no seccomp profile is applied (A.K.A. unconfined).'],
      ],
    },
  },
  'v1/SecretEnvSource': {
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: { t: 'boolean', d: 'Specify whether the Secret must be defined' },
  },
  'v1/SecretKeySelector': {
    key: {
      t: 'string',
      d: 'The key of the secret to select from.  Must be a valid secret key.',
      r: 1,
    },
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: { t: 'boolean', d: 'Specify whether the Secret or its key must be defined' },
  },
  'v1/SecretProjection': {
    items: {
      t: '[]v1/KeyToPath',
      d: "items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
    },
    name: {
      t: 'string',
      d: 'Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
    },
    optional: {
      t: 'boolean',
      d: 'optional field specify whether the Secret or its key must be defined',
    },
  },
  'v1/SecretVolumeSource': {
    defaultMode: {
      t: 'number',
      d: 'defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set.',
    },
    items: {
      t: '[]v1/KeyToPath',
      d: "items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
    },
    optional: {
      t: 'boolean',
      d: 'optional field specify whether the Secret or its keys must be defined',
    },
    secretName: {
      t: 'string',
      d: "secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret",
    },
  },
  'v1/SecurityContext': {
    allowPrivilegeEscalation: {
      t: 'boolean',
      d: 'AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.',
    },
    appArmorProfile: {
      t: 'v1/AppArmorProfile',
      d: "appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows.",
    },
    capabilities: {
      t: 'v1/Capabilities',
      d: 'The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows.',
    },
    privileged: {
      t: 'boolean',
      d: 'Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows.',
    },
    procMount: {
      t: 'string',
      d: 'procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.',
      e: [
        [
          'Default',
          'uses the container runtime defaults for readonly and masked paths for /proc. Most container runtimes mask certain paths in /proc to avoid accidental security exposure of special devices or information.',
        ],
        [
          'Unmasked',
          'bypasses the default masking behavior of the container runtime and ensures the newly created /proc the container stays in tact with no modifications.',
        ],
      ],
    },
    readOnlyRootFilesystem: {
      t: 'boolean',
      d: 'Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows.',
    },
    runAsGroup: {
      t: 'number',
      d: 'The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
    },
    runAsNonRoot: {
      t: 'boolean',
      d: 'Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
    },
    runAsUser: {
      t: 'number',
      d: 'The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
    },
    seLinuxOptions: {
      t: 'v1/SELinuxOptions',
      d: 'The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.',
    },
    seccompProfile: {
      t: 'v1/SeccompProfile',
      d: 'The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.',
    },
    windowsOptions: {
      t: 'v1/WindowsSecurityContextOptions',
      d: 'The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.',
    },
  },
  'v1/ServiceAccountTokenProjection': {
    audience: {
      t: 'string',
      d: 'audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver.',
    },
    expirationSeconds: {
      t: 'number',
      d: 'expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes.',
    },
    path: {
      t: 'string',
      d: 'path is the path relative to the mount point of the file to project the token into.',
      r: 1,
    },
  },
  'v1/SleepAction': {
    seconds: { t: 'number', d: 'Seconds is the number of seconds to sleep.', r: 1 },
  },
  'v1/StorageOSVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    readOnly: {
      t: 'boolean',
      d: 'readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.',
    },
    secretRef: {
      t: 'v1/LocalObjectReference',
      d: 'secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted.',
    },
    volumeName: {
      t: 'string',
      d: 'volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace.',
    },
    volumeNamespace: {
      t: 'string',
      d: 'volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod\'s namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to "default" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created.',
    },
  },
  'v1/Sysctl': {
    name: { t: 'string', d: 'Name of a property to set', r: 1 },
    value: { t: 'string', d: 'Value of a property to set', r: 1 },
  },
  'v1/TCPSocketAction': {
    host: { t: 'string', d: 'Optional: Host name to connect to, defaults to the pod IP.' },
    port: {
      t: 'int-or-string',
      d: 'Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.',
      r: 1,
    },
  },
  'v1/Toleration': {
    effect: {
      t: 'string',
      d: 'Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.',
      e: [
        [
          'NoExecute',
          'Evict any already-running pods that do not tolerate the taint. Currently enforced by NodeController.',
        ],
        [
          'NoSchedule',
          'Do not allow new pods to schedule onto the node unless they tolerate the taint, but allow all pods submitted to Kubelet without going through the scheduler to start, and allow all already-running pods to continue running. Enforced by the scheduler.',
        ],
        [
          'PreferNoSchedule',
          'Like TaintEffectNoSchedule, but the scheduler tries not to schedule new pods onto the node, rather than prohibiting new pods from scheduling onto the node entirely. Enforced by the scheduler.',
        ],
      ],
    },
    key: {
      t: 'string',
      d: 'Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.',
    },
    operator: {
      t: 'string',
      d: "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category.",
      e: [
        ['Equal', ''],
        ['Exists', ''],
      ],
    },
    tolerationSeconds: {
      t: 'number',
      d: 'TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.',
    },
    value: {
      t: 'string',
      d: 'Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.',
    },
  },
  'v1/TopologySpreadConstraint': {
    labelSelector: {
      t: 'meta/v1/LabelSelector',
      d: 'LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.',
    },
    matchLabelKeys: {
      t: '[]string',
      d: "MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector.\n\nThis is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).",
    },
    maxSkew: {
      t: 'number',
      d: "MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.",
      r: 1,
    },
    minDomains: {
      t: 'number',
      d: 'MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won\'t schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\n\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew.',
    },
    nodeAffinityPolicy: {
      t: 'string',
      d: "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\n\nIf this value is nil, the behavior is equivalent to the Honor policy.",
      e: [
        ['Honor', 'means use this scheduling directive when calculating pod topology spread skew.'],
        [
          'Ignore',
          'means ignore this scheduling directive when calculating pod topology spread skew.',
        ],
      ],
    },
    nodeTaintsPolicy: {
      t: 'string',
      d: 'NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\n\nIf this value is nil, the behavior is equivalent to the Ignore policy.',
      e: [
        ['Honor', 'means use this scheduling directive when calculating pod topology spread skew.'],
        [
          'Ignore',
          'means ignore this scheduling directive when calculating pod topology spread skew.',
        ],
      ],
    },
    topologyKey: {
      t: 'string',
      d: 'TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology. It\'s a required field.',
      r: 1,
    },
    whenUnsatisfiable: {
      t: 'string',
      d: 'WhenUnsatisfiable indicates how to deal with a pod if it doesn\'t satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location,\n  but giving higher precedence to topologies that would help reduce the\n  skew.\nA constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assignment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won\'t make it \\*more\\* imbalanced. It\'s a required field.',
      r: 1,
      e: [
        [
          'DoNotSchedule',
          'instructs the scheduler not to schedule the pod when constraints are not satisfied.',
        ],
        [
          'ScheduleAnyway',
          'instructs the scheduler to schedule the pod even if constraints are not satisfied.',
        ],
      ],
    },
  },
  'v1/TypedLocalObjectReference': {
    apiGroup: {
      t: 'string',
      d: 'APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.',
    },
    kind: { t: 'string', d: 'Kind is the type of resource being referenced', r: 1 },
    name: { t: 'string', d: 'Name is the name of resource being referenced', r: 1 },
  },
  'v1/TypedObjectReference': {
    apiGroup: {
      t: 'string',
      d: 'APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.',
    },
    kind: { t: 'string', d: 'Kind is the type of resource being referenced', r: 1 },
    name: { t: 'string', d: 'Name is the name of resource being referenced', r: 1 },
    namespace: {
      t: 'string',
      d: "Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.",
    },
  },
  'v1/Volume': {
    awsElasticBlockStore: {
      t: 'v1/AWSElasticBlockStoreVolumeSource',
      d: "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore",
    },
    azureDisk: {
      t: 'v1/AzureDiskVolumeSource',
      d: 'azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver.',
    },
    azureFile: {
      t: 'v1/AzureFileVolumeSource',
      d: 'azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver.',
    },
    cephfs: {
      t: 'v1/CephFSVolumeSource',
      d: "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.",
    },
    cinder: {
      t: 'v1/CinderVolumeSource',
      d: 'cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md',
    },
    configMap: {
      t: 'v1/ConfigMapVolumeSource',
      d: 'configMap represents a configMap that should populate this volume',
    },
    csi: {
      t: 'v1/CSIVolumeSource',
      d: 'csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.',
    },
    downwardAPI: {
      t: 'v1/DownwardAPIVolumeSource',
      d: 'downwardAPI represents downward API about the pod that should populate this volume',
    },
    emptyDir: {
      t: 'v1/EmptyDirVolumeSource',
      d: "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir",
    },
    ephemeral: {
      t: 'v1/EphemeralVolumeSource',
      d: "ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\n\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity\n   tracking are needed,\nc) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through\n   a PersistentVolumeClaim (see EphemeralVolumeSource for more\n   information on the connection between this volume type\n   and PersistentVolumeClaim).\n\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\n\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\n\nA pod can use both types of ephemeral volumes and persistent volumes at the same time.",
    },
    fc: {
      t: 'v1/FCVolumeSource',
      d: "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.",
    },
    flexVolume: {
      t: 'v1/FlexVolumeSource',
      d: 'flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.',
    },
    flocker: {
      t: 'v1/FlockerVolumeSource',
      d: "flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.",
    },
    gcePersistentDisk: {
      t: 'v1/GCEPersistentDiskVolumeSource',
      d: "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk",
    },
    gitRepo: {
      t: 'v1/GitRepoVolumeSource',
      d: "gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.",
    },
    glusterfs: {
      t: 'v1/GlusterfsVolumeSource',
      d: "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md",
    },
    hostPath: {
      t: 'v1/HostPathVolumeSource',
      d: 'hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath',
    },
    image: {
      t: 'v1/ImageVolumeSource',
      d: "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided:\n\n- Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.\n\nThe volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[\\*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro) and non-executable files (noexec). Sub path mounts for containers are not supported (spec.containers[\\*].volumeMounts.subpath) before 1.33. The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.",
    },
    iscsi: {
      t: 'v1/ISCSIVolumeSource',
      d: "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md",
    },
    name: {
      t: 'string',
      d: 'name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
      r: 1,
    },
    nfs: {
      t: 'v1/NFSVolumeSource',
      d: "nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs",
    },
    persistentVolumeClaim: {
      t: 'v1/PersistentVolumeClaimVolumeSource',
      d: 'persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims',
    },
    photonPersistentDisk: {
      t: 'v1/PhotonPersistentDiskVolumeSource',
      d: 'photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.',
    },
    portworxVolume: {
      t: 'v1/PortworxVolumeSource',
      d: 'portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate is on.',
    },
    projected: {
      t: 'v1/ProjectedVolumeSource',
      d: 'projected items for all in one resources secrets, configmaps, and downward API',
    },
    quobyte: {
      t: 'v1/QuobyteVolumeSource',
      d: "quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.",
    },
    rbd: {
      t: 'v1/RBDVolumeSource',
      d: "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info: https://examples.k8s.io/volumes/rbd/README.md",
    },
    scaleIO: {
      t: 'v1/ScaleIOVolumeSource',
      d: 'scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.',
    },
    secret: {
      t: 'v1/SecretVolumeSource',
      d: 'secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret',
    },
    storageos: {
      t: 'v1/StorageOSVolumeSource',
      d: 'storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.',
    },
    vsphereVolume: {
      t: 'v1/VsphereVirtualDiskVolumeSource',
      d: 'vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver.',
    },
  },
  'v1/VolumeDevice': {
    devicePath: {
      t: 'string',
      d: 'devicePath is the path inside of the container that the device will be mapped to.',
      r: 1,
    },
    name: {
      t: 'string',
      d: 'name must match the name of a persistentVolumeClaim in the pod',
      r: 1,
    },
  },
  'v1/VolumeMount': {
    mountPath: {
      t: 'string',
      d: "Path within the container at which the volume should be mounted.  Must not contain ':'.",
      r: 1,
    },
    mountPropagation: {
      t: 'string',
      d: 'mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None).',
      e: [
        [
          'Bidirectional',
          'means that the volume in a container will receive new mounts from the host or other containers, and its own mounts will be propagated from the container to the host or other containers. Note that this mode is recursively applied to all mounts in the volume ("rshared" in Linux terminology).',
        ],
        [
          'HostToContainer',
          'means that the volume in a container will receive new mounts from the host or other containers, but filesystems mounted inside the container won\'t be propagated to the host or other containers. Note that this mode is recursively applied to all mounts in the volume ("rslave" in Linux terminology).',
        ],
        [
          'None',
          'means that the volume in a container will not receive new mounts from the host or other containers, and filesystems mounted inside the container won\'t be propagated to the host or other containers. Note that this mode corresponds to "private" in Linux terminology.',
        ],
      ],
    },
    name: { t: 'string', d: 'This must match the Name of a Volume.', r: 1 },
    readOnly: {
      t: 'boolean',
      d: 'Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.',
    },
    recursiveReadOnly: {
      t: 'string',
      d: 'RecursiveReadOnly specifies whether read-only mounts should be handled recursively.\n\nIf ReadOnly is false, this field has no meaning and must be unspecified.\n\nIf ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.\n\nIf this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).\n\nIf this field is not specified, it is treated as an equivalent of Disabled.',
    },
    subPath: {
      t: 'string',
      d: 'Path within the volume from which the container\'s volume should be mounted. Defaults to "" (volume\'s root).',
    },
    subPathExpr: {
      t: 'string',
      d: "Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath are mutually exclusive.",
    },
  },
  'v1/VolumeProjection': {
    clusterTrustBundle: {
      t: 'v1/ClusterTrustBundleProjection',
      d: 'ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.\n\nAlpha, gated by the ClusterTrustBundleProjection feature gate.\n\nClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.\n\nKubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time.',
    },
    configMap: {
      t: 'v1/ConfigMapProjection',
      d: 'configMap information about the configMap data to project',
    },
    downwardAPI: {
      t: 'v1/DownwardAPIProjection',
      d: 'downwardAPI information about the downwardAPI data to project',
    },
    secret: { t: 'v1/SecretProjection', d: 'secret information about the secret data to project' },
    serviceAccountToken: {
      t: 'v1/ServiceAccountTokenProjection',
      d: 'serviceAccountToken is information about the serviceAccountToken data to project',
    },
  },
  'v1/VolumeResourceRequirements': {
    limits: {
      t: 'map',
      d: 'Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
    requests: {
      t: 'map',
      d: 'Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
  },
  'v1/VsphereVirtualDiskVolumeSource': {
    fsType: {
      t: 'string',
      d: 'fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.',
    },
    storagePolicyID: {
      t: 'string',
      d: 'storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.',
    },
    storagePolicyName: {
      t: 'string',
      d: 'storagePolicyName is the storage Policy Based Management (SPBM) profile name.',
    },
    volumePath: {
      t: 'string',
      d: 'volumePath is the path that identifies vSphere volume vmdk',
      r: 1,
    },
  },
  'v1/WeightedPodAffinityTerm': {
    podAffinityTerm: {
      t: 'v1/PodAffinityTerm',
      d: 'Required. A pod affinity term, associated with the corresponding weight.',
      r: 1,
    },
    weight: {
      t: 'number',
      d: 'weight associated with matching the corresponding podAffinityTerm, in the range 1-100.',
      r: 1,
    },
  },
  'v1/WindowsSecurityContextOptions': {
    gmsaCredentialSpec: {
      t: 'string',
      d: 'GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.',
    },
    gmsaCredentialSpecName: {
      t: 'string',
      d: 'GMSACredentialSpecName is the name of the GMSA credential spec to use.',
    },
    hostProcess: {
      t: 'boolean',
      d: "HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.",
    },
    runAsUserName: {
      t: 'string',
      d: 'The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.',
    },
  },
};
