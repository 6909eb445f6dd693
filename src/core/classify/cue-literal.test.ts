import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexLiterals, markLiveCues, requiredLiteral } from './cue-literal.ts';

test('the required literal is the longest run every match must contain', () => {
  assert.equal(requiredLiteral('передан[аоы]? в'), 'передан');
  assert.equal(requiredLiteral('(a|asked for|extra) tips?$'), ' tip');
  assert.equal(requiredLiteral('придет\\?'), 'придет');
  assert.equal(requiredLiteral('x.{0,3}yyy'), 'yyy');
  assert.equal(requiredLiteral('ab+cd'), 'ab');
  assert.equal(requiredLiteral('abc{1,2}de'), 'ab');
  assert.equal(requiredLiteral('退.{0,3}块'), '退');
  assert.equal(requiredLiteral('refund|money back'), '');
  assert.equal(requiredLiteral('(days|weeks) (late|overdue)'), ' ');
});

test('a cue is live exactly when its literal occurs in the text, or when it has none', () => {
  const cues = ['where is my (parcel|order)', '快递.{0,4}没到', 'посылк[аи]', 'refund|money back', 'x', 'nothing here'];
  const index = indexLiterals(cues.map(requiredLiteral));
  const live = new Uint8Array(cues.length);
  for (const text of ['where is my parcel? 快递还没到 посылки x', 'ничего', '']) {
    markLiveCues(index, text, live);
    cues.forEach((cue, id) => {
      const literal = requiredLiteral(cue);
      assert.equal(live[id], !literal || text.includes(literal) ? 1 : 0, `${cue} in ${text}`);
      if (new RegExp(cue).test(text)) assert.equal(live[id], 1, `${cue} matches ${text}`);
    });
  }
});
