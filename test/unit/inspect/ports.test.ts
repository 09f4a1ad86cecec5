import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared';
import { checkProbePort, portClash } from '../../../shared/inspect';
import { template } from '../../support/templates';

const view = parseManifest(template('pod-anatomy.yaml')).view!;
const byName = (name: string) => view.containers.find((c) => c.name === name)!;

describe('portClash', () => {
  it('refuses a port another running container binds: they share the network', () => {
    expect(portClash(view.containers, 'log-shipper', 8080, 'TCP')).toBe(
      'api-server already binds 8080: containers of a Pod share one network, so their ports must differ',
    );
    expect(portClash(view.containers, 'log-shipper', 8080, 'UDP')).toBeNull();
    expect(portClash(view.containers, 'log-shipper', 9080, 'TCP')).toBeNull();
  });

  it('refuses a port the container has already, but not the row being edited', () => {
    expect(portClash(view.containers, 'api-server', 8080, 'TCP')).toBe(
      '8080/TCP is already a port of api-server',
    );
    expect(portClash(view.containers, 'api-server', 8080, 'TCP', 0)).toBeNull();
  });

  it('lets an init container use a port: it has exited before the others start', () => {
    expect(portClash(view.containers, 'init-migrate', 8080, 'TCP')).toBeNull();
  });
});

describe('checkProbePort', () => {
  it('takes a number or the name of one of the container’s ports', () => {
    const check = checkProbePort(byName('api-server'));
    expect(check('8080')).toBeNull();
    expect(check('http')).toBeNull();
    expect(check('metrics')).toBe('api-server has no port named "metrics"');
    expect(check('70000')).toMatch(/out of range/);
  });
});
