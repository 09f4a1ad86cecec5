/** A StatefulSet whose Pod template mounts a claim template (`www`) and a Pod volume (`conf`). */
export const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  selector:
    matchLabels: { app: nginx }
  template:
    metadata:
      labels: { app: nginx }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
      volumes:
        - name: conf
          configMap:
            name: nginx-conf
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce, ReadOnlyMany]
        storageClassName: fast
        resources:
          requests:
            storage: 1Gi
`;
