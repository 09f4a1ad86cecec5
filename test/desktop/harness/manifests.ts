/** The user's manifests the desktop tests open: comments where a careless writer would lose them. */
export const SHOP = `# The shop's Pod, as the team runs it
apiVersion: v1
kind: Pod
metadata:
  name: shop # keep this name: dashboards use it
spec:
  containers:
    # the storefront itself
    - name: storefront
      image: nginx:1.27
`;

export const CACHE = `apiVersion: v1
kind: Pod
metadata:
  name: cache
spec:
  containers:
    - name: redis # the only one
      image: redis:7
`;
