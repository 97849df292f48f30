/** In a browser the article simply opens in a new tab (the WeChat version: ./open-article.ts). */
export function openArticle(url: string): void {
  window.open(url, '_blank', 'noopener');
}
