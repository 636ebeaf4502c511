import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/index.js';
import { engineFromArticles } from '../../src/answer/load.js';

// Written for these tests: posts read after a wire dateline and a byline in brackets, one whose
// clause opens with a word holding 电 (电影节), one after a linking verb (评委包括演员某某), a name
// followed by the verb it is the subject of (某某担任), and a kin word right after a name (某某丈夫某某).
const REPORT = `第五届岚峰电影节闭幕
<p>新华社岚峰10月19日电（记者 岑晓霁）卡里斯坦共和国文化部长安娜·索菲亚出席了闭幕式。</p>
<p>电影节执行主席、岚峰市副市长卓明川在闭幕致辞中表示，本届电影节共展映影片312部。</p>
<p>本届评委包括演员周明远、作家许文彬等七人。</p>
<p>评委会主席由导演、岚峰电影学院名誉院长葛书远担任。</p>
<p>获奖影片导演易青禾丈夫简若舟也到场祝贺。</p>
<p>青年导演霍家澍凭借《远帆》获得最佳新人导演奖。</p>`;

const engine = engineFromArticles([parseArticle(REPORT, 'festival')]);
const direct = (question: string) => engine.ask(question).direct ?? '';

describe('where a post starts', () => {
  it('after the byline’s closing bracket, not with the reporter’s name', () => {
    const answer = direct('安娜·索菲亚是什么职务？');
    expect(answer).toContain('文化部长');
    expect(answer).not.toContain('岑晓霁');
  });

  it('with the whole first word, not after the 电 of 电影节 as if it closed a dateline', () => {
    expect(direct('卓明川担任什么职务？')).toContain('电影节执行主席');
  });

  it('after a linking verb: the panel is no part of the actor’s post', () => {
    const answer = direct('周明远是什么身份？');
    expect(answer).toContain('演员');
    expect(answer).not.toContain('包括');
  });

  it('is read for a name its verb follows (某某担任, 某某凭借)', () => {
    expect(direct('葛书远担任什么职务？')).toContain('岚峰电影学院名誉院长');
    expect(direct('霍家澍是什么身份？')).toContain('青年导演');
  });

  it('of kin right after a name, is that person’s (某某的丈夫)', () => {
    expect(direct('简若舟是什么身份？')).toContain('易青禾的丈夫');
  });
});
