// A test-runner command that reads the page's accessibility tree in Chromium,
// over the DevTools Protocol: what a screen reader is given (roles, computed
// names, states), which the DOM alone cannot tell.
// In the browser: executeServerCommand('ax-tree') resolves to every node that
// is not ignored, in tree order, each with its nearest kept ancestor
// (parentId) and the element it comes from (tag, id, class), shadow roots
// included.

export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') {
        throw new Error(`the accessibility tree can only be read in Chromium, not ${session.browser.name}`);
      }
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        // The DOM, through shadow roots, to name the element behind each node.
        const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
        const elements = new Map();
        const walk = (node) => {
          if (node.nodeType === 1) {
            const attributes = {};
            for (let i = 0; i < (node.attributes ?? []).length; i += 2) attributes[node.attributes[i]] = node.attributes[i + 1];
            elements.set(node.backendNodeId, { tag: node.localName, id: attributes.id ?? '', class: attributes.class ?? '' });
          }
          for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
        };
        walk(root);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        // In tree order; an ignored node is skipped, and its children hang on its nearest kept ancestor.
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const kept = [];
        const visit = (node, parentId) => {
          let id = parentId;
          if (!node.ignored) {
            id = node.nodeId;
            kept.push({
              nodeId: node.nodeId,
              parentId,
              role: node.role?.value ?? '',
              name: node.name?.value ?? '',
              properties: Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value?.value])),
              element: elements.get(node.backendDOMNodeId) ?? null,
            });
          }
          for (const childId of node.childIds ?? []) if (byId.has(childId)) visit(byId.get(childId), id);
        };
        visit(nodes[0], null);
        return kept;
      } finally {
        await cdp.detach();
      }
    },
  };
}
