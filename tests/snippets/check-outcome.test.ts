import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameClass } from '../../src/snippets/check-outcome.ts';

const requestsError = { name: 'ConnectionError', qualname: 'requests.exceptions.ConnectionError' };

test('a bare name means the built-in: requests\' ConnectionError is not ConnectionError', () => {
  assert.equal(sameClass('ConnectionError', requestsError), false);
  assert.equal(sameClass('ConnectionError', { name: 'ConnectionError', qualname: 'ConnectionError' }), true);
  // NumPy's subclass calls itself MemoryError, and is one.
  assert.equal(sameClass('MemoryError', { name: 'MemoryError', qualname: 'numpy._core._exceptions._ArrayMemoryError', mro: ['MemoryError', 'MemoryError', 'Exception', 'BaseException', 'object'] }), true);
  assert.equal(sameClass('ConnectionError', { ...requestsError, mro: ['ConnectionError', 'RequestException', 'OSError', 'Exception', 'BaseException', 'object'] }), false);
  // Node records bare names only.
  assert.equal(sameClass('TypeError', { name: 'TypeError' }), true);
});

test('a dotted name is the documented import path, which may re-export the class from a submodule', () => {
  assert.equal(sameClass('requests.exceptions.ConnectionError', requestsError), true);
  assert.equal(sameClass('requests.ConnectionError', requestsError), true);
  assert.equal(sameClass('json.JSONDecodeError', { name: 'JSONDecodeError', qualname: 'json.decoder.JSONDecodeError' }), true);
  assert.equal(sameClass('pickle.UnpicklingError', { name: 'UnpicklingError', qualname: '_pickle.UnpicklingError' }), true);
  assert.equal(sameClass('urllib3.exceptions.ConnectionError', requestsError), false);
  assert.equal(sameClass('requests.exceptions.Timeout', requestsError), false);
});
