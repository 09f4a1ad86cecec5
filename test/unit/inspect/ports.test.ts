import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared';
import { checkProbePort, portClash, repeatedPorts } from '../../../shared/inspect';
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

describe('repeatedPorts', () => {
  it('finds each entry that repeats an earlier number and protocol, TCP when unset', () => {
    expect(
      repeatedPorts([
        { containerPort: 80 },
        { containerPort: 80, protocol: 'UDP' },
        { containerPort: 80, protocol: 'TCP' },
        null,
        { containerPort: '80' },
        { containerPort: 80 },
        { containerPort: 53, protocol: 'UDP' },
        { containerPort: 53, protocol: 'UDP' },
      ]),
    ).toEqual([
      { index: 2, first: 0 },
      { index: 5, first: 0 },
      { index: 7, first: 6 },
    ]);
  });

  it('serves the form: a port typed in a row clashes with a later row too', () => {
    const api = byName('api-server');
    const rows = [...api.ports, { containerPort: 9090, protocol: 'TCP', name: 'admin' }];
    const withRows = view.containers.map((c) => (c === api ? { ...c, ports: rows } : c));
    expect(portClash(withRows, 'api-server', 9090, 'TCP', 0)).toBe(
      '9090/TCP is already a port of api-server',
    );
    expect(portClash(withRows, 'api-server', 9090, 'TCP', rows.length - 1)).toBeNull();
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
