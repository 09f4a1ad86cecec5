import { describe, expect, it } from 'vitest';
import { anatomy, changedSpan, edit, editError } from './helpers';

describe('setEnv', () => {
  it('adds a literal variable', () => {
    const text = edit(anatomy, {
      type: 'setEnv',
      container: 'api-server',
      name: 'LOG_LEVEL',
      value: 'debug',
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      env:\n        - name: LOG_LEVEL\n          value: debug\n',
    );
  });

  it.each([
    [
      { configMapKeyRef: { name: 'cfg', key: 'level' } },
      'configMapKeyRef:\n              name: cfg\n              key: level\n',
    ],
    [
      { secretKeyRef: { name: 'db', key: 'password', optional: true } },
      'secretKeyRef:\n              name: db\n              key: password\n              optional: true\n',
    ],
    [
      { fieldRef: { fieldPath: 'status.podIP' } },
      'fieldRef:\n              fieldPath: status.podIP\n',
    ],
    [
      { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
      'resourceFieldRef:\n              resource: limits.memory\n              divisor: 1Mi\n',
    ],
  ] as const)('adds a variable from %o', (valueFrom, expected) => {
    const text = edit(anatomy, { type: 'setEnv', container: 'api-server', name: 'X', valueFrom });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      env:\n        - name: X\n          valueFrom:\n            ' + expected,
    );
  });

  it('switches a variable between a value and a reference', () => {
    const one = edit(anatomy, { type: 'setEnv', container: 'api-server', name: 'X', value: '1' });
    const two = edit(one, {
      type: 'setEnv',
      container: 'api-server',
      name: 'X',
      valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
    });
    const three = edit(two, { type: 'setEnv', container: 'api-server', name: 'X', value: '1' });
    expect(three).toBe(one);
    expect(one).toContain('          value: "1"\n');
  });

  it('removes a variable and the empty env list', () => {
    const one = edit(anatomy, { type: 'setEnv', container: 'api-server', name: 'X', value: 'a' });
    expect(edit(one, { type: 'removeEnv', container: 'api-server', name: 'X' })).toBe(anatomy);
  });

  it('removes the variable at the index given, and refuses an index that holds another name', () => {
    const one = edit(anatomy, { type: 'setEnv', container: 'api-server', name: 'X', value: 'a' });
    const two = edit(one, { type: 'setEnv', container: 'api-server', name: 'Y', value: 'b' });
    expect(edit(two, { type: 'removeEnv', container: 'api-server', name: 'Y', index: 1 })).toBe(
      one,
    );
    expect(
      editError(two, { type: 'removeEnv', container: 'api-server', name: 'Y', index: 0 }),
    ).toMatch(/no variable Y/);
  });

  it('refuses bad names and ambiguous values', () => {
    expect(
      editError(anatomy, { type: 'setEnv', container: 'api-server', name: '1 X', value: 'a' }),
    ).toMatch(/not a valid/);
    expect(editError(anatomy, { type: 'setEnv', container: 'api-server', name: 'X' })).toMatch(
      /either/,
    );
    expect(editError(anatomy, { type: 'removeEnv', container: 'api-server', name: 'X' })).toMatch(
      /no variable/,
    );
  });
});

describe('ports', () => {
  it('adds a port after the existing ones', () => {
    const text = edit(anatomy, {
      type: 'addPort',
      container: 'api-server',
      containerPort: 9090,
      name: 'metrics',
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '        - containerPort: 9090\n          name: metrics\n',
    );
  });

  it('creates ports with a protocol', () => {
    const text = edit(anatomy, {
      type: 'addPort',
      container: 'log-shipper',
      containerPort: 514,
      protocol: 'UDP',
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      ports:\n        - containerPort: 514\n          protocol: UDP\n',
    );
  });

  it('removes a port', () => {
    const text = edit(anatomy, { type: 'removePort', container: 'api-server', index: 0 });
    expect(changedSpan(anatomy, text).removed).toBe(
      '      ports:\n        - containerPort: 8080\n          name: http\n',
    );
  });

  it('refuses bad ports', () => {
    expect(
      editError(anatomy, { type: 'addPort', container: 'api-server', containerPort: 70000 }),
    ).toMatch(/not a port/);
    expect(
      editError(anatomy, {
        type: 'addPort',
        container: 'api-server',
        containerPort: 80,
        name: 'http',
      }),
    ).toMatch(/already/);
    expect(
      editError(anatomy, {
        type: 'addPort',
        container: 'api-server',
        containerPort: 80,
        name: 'a-very-long-port-name',
      }),
    ).toMatch(/not a valid/);
    expect(editError(anatomy, { type: 'removePort', container: 'api-server', index: 1 })).toMatch(
      /no port/,
    );
  });
});
