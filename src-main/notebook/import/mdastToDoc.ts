import type { ListItem, Nodes, PhrasingContent, RootContent, Root, TableRow } from 'mdast'
import { Fragment, type Mark, type Node as PMNode } from '@tiptap/pm/model'
import { documentSchema } from '../../shared/document'
import type { DocJSON } from '../../shared/model'
import { isSafeHref } from '../../shared/isSafeHref'

type Marks = readonly Mark[]

const CELL_SEPARATOR = ' | '

/**
 * A Markdown tree as a Stancemark document. Nodes are built through the schema, so marks come out
 * in the order and combinations it allows. Raw HTML is dropped, never passed through; images
 * become their alt text and table rows paragraphs of their cell text.
 */
export function mdastToDoc(tree: Root): DocJSON {
  const walker = new MdastWalker(tree)
  const doc: DocJSON = documentSchema()
    .nodes.doc.create(null, walker.blocks(tree.children))
    .toJSON()
  return doc
}

class MdastWalker {
  readonly #schema = documentSchema()
  readonly #definitions = new Map<string, string>()

  constructor(tree: Root) {
    this.#collectDefinitions(tree)
  }

  blocks(nodes: RootContent[]): PMNode[] {
    return nodes.flatMap((node) => this.#block(node))
  }

  #block(node: RootContent): PMNode[] {
    const { nodes } = this.#schema
    switch (node.type) {
      case 'paragraph':
        return this.#textblock(nodes.paragraph.create(null, this.#inline(node.children, [])))
      case 'heading':
        return this.#textblock(
          nodes.heading.create({ level: node.depth }, this.#inline(node.children, [])),
        )
      case 'blockquote': {
        const content = this.blocks(node.children)
        return content.length > 0 ? [nodes.blockquote.create(null, content)] : []
      }
      case 'list': {
        const items = node.children.flatMap((item) => this.#listItem(item))
        if (items.length === 0) return []
        if (!node.ordered) return [nodes.bulletList.create(null, items)]
        return [nodes.orderedList.create({ start: node.start ?? 1 }, items)]
      }
      case 'code':
        return node.value
          ? [nodes.codeBlock.create({ language: node.lang ?? null }, this.#schema.text(node.value))]
          : []
      case 'thematicBreak':
        return [nodes.horizontalRule.create()]
      case 'table':
        return node.children.flatMap((row) => this.#tableRow(row))
      case 'footnoteDefinition':
        return this.#footnote(`[${node.label ?? node.identifier}] `, this.blocks(node.children))
      default:
        // html, yaml front matter, link definitions: not article text.
        return []
    }
  }

  #textblock(node: PMNode): PMNode[] {
    return node.content.size > 0 ? [node] : []
  }

  #listItem(item: ListItem): PMNode[] {
    const { paragraph, listItem } = this.#schema.nodes
    const content = this.blocks(item.children)
    if (content.length === 0) return []
    // A list item opens with a paragraph in our schema.
    if (content[0].type !== paragraph) content.unshift(paragraph.create())
    return [listItem.create(null, content)]
  }

  #tableRow(row: TableRow): PMNode[] {
    const cells = row.children
      .map((cell) => this.#inline(cell.children, []))
      .filter((cell) => cell.length > 0)
    const content = cells.flatMap((cell, i) =>
      i > 0 ? [this.#schema.text(CELL_SEPARATOR), ...cell] : cell,
    )
    return this.#textblock(this.#schema.nodes.paragraph.create(null, content))
  }

  #footnote(label: string, content: PMNode[]): PMNode[] {
    const [first, ...rest] = content
    if (first?.type !== this.#schema.nodes.paragraph) return content
    const labelled = Fragment.from(this.#schema.text(label)).append(first.content)
    return [first.type.create(null, labelled), ...rest]
  }

  #inline(nodes: PhrasingContent[], marks: Marks): PMNode[] {
    return nodes.flatMap((node) => this.#phrasing(node, marks))
  }

  #phrasing(node: PhrasingContent, marks: Marks): PMNode[] {
    switch (node.type) {
      case 'text':
        // A soft line break inside a paragraph reads as a space.
        return this.#text(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), marks)
      case 'emphasis':
        return this.#inline(node.children, this.#mark(marks, 'italic'))
      case 'strong':
        return this.#inline(node.children, this.#mark(marks, 'bold'))
      case 'delete':
        return this.#inline(node.children, this.#mark(marks, 'strike'))
      case 'inlineCode':
        return this.#text(node.value.replace(/\n/g, ' '), this.#mark(marks, 'code'))
      case 'link':
        return this.#inline(node.children, this.#link(marks, node.url))
      case 'linkReference':
        return this.#inline(
          node.children,
          this.#link(marks, this.#definitions.get(node.identifier)),
        )
      case 'image':
      case 'imageReference':
        return this.#text(node.alt ?? '', marks)
      case 'break':
        return [this.#schema.nodes.hardBreak.create()]
      case 'footnoteReference':
        return this.#text(`[${node.label ?? node.identifier}]`, marks)
      default:
        // Inline html is dropped; the text between its tags is still there as text nodes.
        return []
    }
  }

  #text(value: string, marks: Marks): PMNode[] {
    return value ? [this.#schema.text(value, marks)] : []
  }

  #mark(marks: Marks, name: 'bold' | 'italic' | 'strike' | 'code'): Marks {
    return this.#schema.marks[name].create().addToSet(marks)
  }

  #link(marks: Marks, href: string | undefined): Marks {
    if (!href || !isSafeHref(href)) return marks
    return this.#schema.marks.link.create({ href }).addToSet(marks)
  }

  #collectDefinitions(node: Nodes): void {
    if (node.type === 'definition') this.#definitions.set(node.identifier, node.url)
    if ('children' in node) for (const child of node.children) this.#collectDefinitions(child)
  }
}
