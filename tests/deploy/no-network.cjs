/**
 * Preloaded into the dry-run child (NODE_OPTIONS=--require): a TCP connection, a DNS lookup, or loading
 * WeChat's CI module or CloudBase's manager ends the process with code 97, so the test proves a dry run
 * sends nothing. Local IPC (a socket path: tsx talks to its own child that way) stays allowed.
 */
const dns = require('node:dns');
const net = require('node:net');
const Module = require('node:module');

const fail = (what) => {
  process.stderr.write(`NO-NETWORK VIOLATION: ${what}\n`);
  process.exit(97);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guarded(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const isPath = typeof first === 'string' || (first && typeof first === 'object' && typeof first.path === 'string');
  if (!isPath) fail(`a TCP connect ${JSON.stringify(first)}`);
  return connect.apply(this, args);
};
dns.lookup = () => fail('a DNS lookup');
const load = Module._load;
Module._load = function patched(request, ...rest) {
  if (/^(miniprogram-ci|@cloudbase\/manager-node)(\/|$)/.test(request)) fail(`require('${request}')`);
  return load.call(this, request, ...rest);
};
