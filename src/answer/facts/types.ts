/** A person the article names with a post: 省委常委、副省长 + name. */
export interface PersonMention {
  name: string;
  /** The post as written before the name, e.g. 市委常委、副市长. */
  post: string;
  /** Places the post belongs to (上海市, 江苏省); a bare 市委… inherits the place last named. */
  sides: string[];
  /** The verb the person's clause ends in (座谈, 参加, 出席…), telling talks from also present. */
  group?: string;
  paragraph: number;
  sentence: number;
}

/** Something the article says a person said, with the verb it used (说, 强调, 要求…). */
export interface Statement {
  speaker: string;
  verb: string;
  text: string;
  paragraph: number;
  sentence: number;
  /** The meeting or place the statement was made at, when the sentence gives one (在…会上). */
  setting?: string;
}

/** An item of a list the article gives after a verb: an agreement signed, a place visited. */
export interface ListedItem {
  text: string;
  verb: string;
  paragraph: number;
  sentence: number;
}

export interface DateMention {
  text: string;
  paragraph: number;
  sentence: number;
}

/** Everything the extractors found in one article. */
export interface ArticleFacts {
  people: PersonMention[];
  /** Names written before a title that follows names (某某教授), with or without a post before them. */
  titled: string[];
  statements: Statement[];
  agreements: ListedItem[];
  visits: ListedItem[];
}
