import { describe, expect, it } from 'vitest';
import { namesInQuestion } from '../../../src/answer/reader/names.js';
import { prepareArticle } from '../../../src/answer/reader/prepare.js';
import { parseArticle } from '../../../src/article/index.js';
import { foldArticle } from '../../../src/answer/written.js';

/** Names jieba does not know, in an article written for this test. */
const article = foldArticle(parseArticle(
  `市民跳河救人
<p>本报讯 12日下午，市民郑海波路过河边时看到一名儿童落水，立即跳入河中施救。</p>
<p>郑海波今年四十五岁，在附近一家工厂上班。他的同事欧阳明说，郑海波平时就乐于助人。</p>`,
  'names-test',
));

describe('names written in Latin letters', () => {
  const prepared = prepareArticle(article);

  it('finds a full name by its pinyin, whatever jieba made of it', () => {
    expect(namesInQuestion('How old is Zheng Haibo?', prepared)).toEqual(['郑海波']);
    expect(namesInQuestion('What did Ouyang Ming say?', prepared)).toEqual(['欧阳明']);
  });

  it('reads a surname alone as the name the article most often writes after it', () => {
    expect(namesInQuestion('Where does Zheng work?', prepared)).toEqual(['郑海波']);
  });

  it('finds nothing for a name the article does not have', () => {
    expect(namesInQuestion('Who is Wang Dali?', prepared)).toEqual([]);
  });
});
