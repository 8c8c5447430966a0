/**
 * Words a reader may type for words the FAQ uses, wherever the FAQ uses them
 * (a word of one question only goes in its `keywords`): other words, English,
 * and readings, written in romaji, which weighs a third of kana: the index
 * adds each one's kana, so that へんきん, henkin and 返金 meet.
 * Each group is a set of equivalents: a query term that contains a member
 * (after normalization) also matches the term with each other member in its
 * place, so that 申し込み可能 finds 申込可能. Keep it small and specific to this content.
 * One string (groups apart by a space, members by a comma), which weighs less
 * than an array: the index leaves spaces out, so no member needs one.
 */
export const SYNONYMS =
  'JETRO,ジェトロ,ジェットロ ' +
  'Alibaba,アリババ ' +
  'GoldSupplier,ゴールドサプライヤー ' +
  '申込,申し込み,申込み,moushikomi,応募,エントリー,apply ' +
  '問合せ,問い合わせ,問合わせ,問い合せ,toiawase,連絡先,窓口,contact ' +
  'メールアドレス,メアド ' +
  'メール,mail ' +
  '補助金,助成金,hojokin,subsidy ' +
  '自治体,県,市町村 ' +
  '返金,払い戻し,払戻し,払戻,henkin,refund ' +
  '取り消し,取消し,取消 ' +
  '採択,saitaku ' +
  '選考,審査,senkou,shinsa,selection ' +
  '基準,規準,kijun,criteria ' +
  '並行,平行,heikou ' +
  '併用,heiyou ' +
  '電子,denshi ' +
  'クラウドサイン,CloudSign,契約,keiyaku,contract ' +
  'プロモーション,広告,koukoku,promotion,ads ' +
  'キーワード,keyword ' +
  '内容,中身,naiyou ' +
  '掲載,keisai ' +
  '支援,shien,support ' +
  '会員,kaiin,member ' +
  '番号,bangou,number ' +
  '登録,touroku,registration ' +
  '変更,henkou,change ' +
  '修正,訂正,直し ' +
  '開始,start ' +
  '無料,free ' +
  '結果,result ' +
  '通知,notification ' +
  'イベント,event';
