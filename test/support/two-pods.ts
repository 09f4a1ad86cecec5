/**
 * A file of two Pods, as a new user wrote it: Pod alpha (container a1), then Pod beta
 * (container b1, mounting the volume shared). `BROKEN_FIRST` is the same file with `: x` typed
 * at the end of `    - name: a1`: document 1 no longer parses, document 2 still does.
 */
export const ALPHA = `apiVersion: v1
kind: Pod
metadata:
  name: alpha
spec:
  containers:
    - name: a1
      image: nginx:1.27
`;

export const BETA = `apiVersion: v1
kind: Pod
metadata:
  name: beta
spec:
  containers:
    - name: b1
      image: nginx:1.27
      volumeMounts:
        - name: shared
          mountPath: /data
  volumes:
    - name: shared
      emptyDir: {}
`;

export const TWO_PODS = `${ALPHA}---\n${BETA}`;

export const BROKEN_FIRST = TWO_PODS.replace('    - name: a1\n', '    - name: a1: x\n');
