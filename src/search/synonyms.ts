/**
 * Words a reader may type for words the FAQ uses, wherever the FAQ uses them
 * (a question's own words go in its `keywords`). Each group is a set of
 * equivalents: a query term that contains a member (after normalization) also
 * matches the term with each other member in its place, so that 申し込み可能
 * finds 申込可能. Keep it small and specific to this content.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['JETRO', 'ジェトロ', 'ジェットロ', '日本貿易振興機構'],
  ['Alibaba', 'アリババ', 'アリババドットコム'],
  // Without the space: the index leaves spaces out.
  ['GoldSupplier', 'ゴールドサプライヤー', '有料会員'],
  ['申込', '申し込み', '申込み', '応募', 'エントリー'],
  ['問合せ', '問い合わせ', '問合わせ', '問い合せ', 'といあわせ', '連絡先', '窓口'],
  ['メール', 'e-mail', 'email', 'mail'],
  ['電話', 'tel'],
  ['補助金', '助成金'],
  ['返金', '払い戻し', '払戻し', '払戻'],
  ['取り消し', '取消し', '取消'],
  ['採択', '選考', '審査'],
  ['電子契約', 'クラウドサイン', 'CloudSign', '契約'],
  ['プロモーション', '広告'],
];
