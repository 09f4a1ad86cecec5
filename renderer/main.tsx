import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import { App } from './app/App';
import { createPodStore } from './store/pod-store';
import { getHost } from './host';
import anatomyPod from '../assets/templates/pod-anatomy.yaml?raw';

const store = createPodStore({ text: anatomyPod, fileName: 'pod-anatomy.yaml' });
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <App store={store} host={getHost()} />
  </StrictMode>,
);
