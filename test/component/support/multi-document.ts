/**
 * The user test's file of three documents: a ConfigMap, Pod `one` with two errors (a container
 * without an image, on line 18, and a port out of range, on line 20), and Pod `two`, clean.
 */
export const THREE_DOCUMENTS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Pod
metadata:
  name: one
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
    - name: helper
      ports:
        - containerPort: 70000
---
apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
    - name: web
      image: nginx:1.27
`;
