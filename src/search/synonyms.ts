/**
 * Words a reader may type for words the FAQ uses. Each group is a set of
 * equivalents: a query term that equals any member (after normalization)
 * also matches the others. Keep it small and specific to this content.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['JETRO', 'ジェトロ', 'ジェットロ', '日本貿易振興機構'],
  ['Alibaba', 'Alibaba.com', 'アリババ', 'アリババドットコム'],
  ['Gold Supplier', 'ゴールドサプライヤー', '有料会員'],
  ['申込', '申し込み', '申込み', '応募', 'エントリー'],
  ['問合せ', '問い合わせ', '問合わせ', 'お問合せ', 'お問い合わせ', '連絡先', '窓口'],
  ['メール', 'e-mail', 'email', 'mail', 'メールアドレス'],
  ['電話', 'tel', '電話番号'],
  ['補助金', '助成金'],
  ['返金', '払い戻し', '返金される'],
  ['採択', '選考', '審査'],
  ['電子契約', 'クラウドサイン', '契約'],
  ['プロモーション', '広告', 'キーワード広告'],
  ['コンソーシアム', '新輸出大国コンソーシアム'],
];
