import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom'
import type Graph from 'graphology'

const NS = 'http://graphml.graphdrawing.org/xmlns'
type Attributes = Record<string, unknown>

/** GraphML's type for a value: every value of one attribute must fit it. */
function typeOf(values: unknown[]): 'string' | 'int' | 'double' | 'boolean' {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean'
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int'
  if (values.every((v) => typeof v === 'number')) return 'double'
  return 'string'
}

/** The attribute names of nodes or edges with the GraphML type of each. */
function keysOf(elements: Attributes[]): Map<string, ReturnType<typeof typeOf>> {
  const values = new Map<string, unknown[]>()
  for (const attributes of elements)
    for (const [name, value] of Object.entries(attributes))
      if (value !== undefined && value !== null)
        values.set(name, [...(values.get(name) ?? []), value])
  return new Map([...values].map(([name, list]) => [name, typeOf(list)]))
}

/**
 * The graph as GraphML (what visone, yEd, Gephi and igraph read), every node and edge attribute
 * declared with its type; built as an XML document and serialised, so any text is escaped.
 */
export function writeGraphml(graph: Graph): string {
  const doc = new DOMImplementation().createDocument(NS, 'graphml', null)
  const root = doc.documentElement
  const nodes = graph.mapNodes((key, attributes) => ({ key, attributes }))
  const edges = graph.mapEdges((key, attributes, source, target) => ({
    key,
    attributes,
    source,
    target,
  }))
  const declare = (scope: 'node' | 'edge', types: Map<string, string>) => {
    for (const [name, type] of types) {
      const key = doc.createElementNS(NS, 'key')
      key.setAttribute('id', `${scope[0]}_${name}`)
      key.setAttribute('for', scope)
      key.setAttribute('attr.name', name)
      key.setAttribute('attr.type', type)
      root.appendChild(key)
    }
  }
  declare('node', keysOf(nodes.map((n) => n.attributes)))
  declare('edge', keysOf(edges.map((e) => e.attributes)))

  const element = doc.createElementNS(NS, 'graph')
  element.setAttribute('id', 'G')
  element.setAttribute('edgedefault', graph.type === 'directed' ? 'directed' : 'undirected')
  root.appendChild(element)
  const addData = (parent: Element, scope: 'n' | 'e', attributes: Attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue
      const data = doc.createElementNS(NS, 'data')
      data.setAttribute('key', `${scope}_${name}`)
      data.appendChild(doc.createTextNode(String(value)))
      parent.appendChild(data)
    }
  }
  for (const { key, attributes } of nodes) {
    const node = doc.createElementNS(NS, 'node')
    node.setAttribute('id', key)
    addData(node, 'n', attributes)
    element.appendChild(node)
  }
  for (const { key, attributes, source, target } of edges) {
    const edge = doc.createElementNS(NS, 'edge')
    edge.setAttribute('id', key)
    edge.setAttribute('source', source)
    edge.setAttribute('target', target)
    addData(edge, 'e', attributes)
    element.appendChild(edge)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`
}
