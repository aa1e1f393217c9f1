/**
 * Saves the diagram as a PNG or SVG file for slides. html-to-image is loaded only when a learner
 * asks for an export, so it never weighs on the first paint.
 */
export async function exportDiagram(element: HTMLElement, format: 'png' | 'svg', fileName: string, background: string): Promise<void> {
  const { toPng, toSvg } = await import('html-to-image');
  const options = {
    backgroundColor: background,
    pixelRatio: 2,
    // Leave out React Flow's attribution and handles; keep the actors, edges and tokens.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__attribution'),
  };
  const url = format === 'png' ? await toPng(element, options) : await toSvg(element, options);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
}
