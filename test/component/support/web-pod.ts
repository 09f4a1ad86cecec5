/**
 * A Pod with one problem of each severity: its image has no tag (a warning, line 10), its pull
 * policy is no policy (an error, line 11), and its root filesystem is writable (a suggestion,
 * line 14).
 */
export const WEB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx
      imagePullPolicy: Sometimes
      resources:
        requests: {cpu: 100m}
      securityContext:
        allowPrivilegeEscalation: false
`;
