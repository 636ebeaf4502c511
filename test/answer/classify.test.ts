import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/answer/classify.js';

// Questions written for this test (not the development set), in both languages.
const cases: [string, string][] = [
  ['有哪些人出席了会议？', 'attendees'],
  ['Who took part in the meeting?', 'attendees'],
  ['双方签订了什么合同？', 'agreements'],
  ['Which deals did they sign?', 'agreements'],
  ['代表团参观了哪些企业？', 'visits'],
  ['Where did the delegation tour?', 'visits'],
  ['会议是什么时候举行的？', 'when'],
  ['On what date did this happen?', 'when'],
  ['他是在什么场合讲话的？', 'where'],
  ['At which meeting were the remarks made?', 'where'],
  ['市长叫什么名字？', 'role'],
  ["What is the governor's title?", 'role'],
  ['省长在讲话中强调了什么？', 'said'],
  ['What did the mayor stress?', 'said'],
  ['一共有几家企业发言？', 'count'],
  ['How many companies spoke?', 'count'],
  ['这篇报道主要讲了什么？', 'summary'],
  ['Summarize the article', 'summary'],
  ['生态修复的情况', 'topic'],
  ['river cleanup', 'topic'],
  ['/agreements', 'agreements'],
];

describe('classifyIntent', () => {
  it.each(cases)('%s → %s', (question, intent) => {
    expect(classifyIntent(question)).toBe(intent);
  });
});

describe('"who can visit"', () => {
  it('asks whom a rule lets in, not where someone went', () => {
    expect(classifyIntent('Who can visit the museum for free?')).not.toBe('visits');
    expect(classifyIntent('Who may tour the old town for free?')).not.toBe('visits');
    expect(classifyIntent('Which factories did the mayor visit?')).toBe('visits');
  });
});

describe('an English question\'s trailing "when" clause', () => {
  it('does not make it a question about time: the first asking word does', () => {
    expect(classifyIntent('Where was he working when this happened?')).toBe('where');
    expect(classifyIntent('How many people were on board when the plane landed?')).toBe('count');
    expect(classifyIntent('What did the minister say when she arrived?')).toBe('said');
  });

  it('still asks about time when it starts with when, or has no other asking word', () => {
    expect(classifyIntent('When was the satellite launched?')).toBe('when');
    expect(classifyIntent('Tell me when the satellite was launched')).toBe('when');
  });
});

describe('asking for the gist in other words', () => {
  it('is a summary', () => {
    expect(classifyIntent("In one line, what's the news?")).toBe('summary');
    expect(classifyIntent('What is the story here?')).toBe('summary');
    expect(classifyIntent('Explain it in a single sentence')).toBe('summary');
    expect(classifyIntent('What is this report mainly about?')).toBe('summary');
    expect(classifyIntent("what's the article mostly about")).toBe('summary');
  });

  it('is not, when the news is only part of the question', () => {
    expect(classifyIntent("What's the news agency that sent this?")).not.toBe('summary');
  });

  // The purpose of the visit a report is about is its gist; the purpose of anything else (a
  // policy, a design) is a reason the article gives, and 节目的 holds 目的 by accident.
  it('is the purpose of the reported trip, not of any thing', () => {
    expect(classifyIntent("What was the purpose of the delegation's trip?")).toBe('summary');
    expect(classifyIntent('这次考察的目的是什么？')).toBe('summary');
    expect(classifyIntent('常平仓设置的目的是？')).not.toBe('summary');
    expect(classifyIntent('What is the purpose of the new satellite?')).not.toBe('summary');
    expect(classifyIntent('他目前担任什么节目的主持人？')).not.toBe('summary');
  });
});

describe('an English cue word inside another word', () => {
  it('does not make the intent (the gist of archaeologists, the location of relocation)', () => {
    expect(classifyIntent('How big was the area that the archaeologists dug?')).not.toBe('summary');
    expect(classifyIntent('Who led the relocation of the villagers?')).not.toBe('where');
    expect(classifyIntent('What is the gist?')).toBe('summary');
    expect(classifyIntent('What was the venue?')).toBe('where');
  });
});
