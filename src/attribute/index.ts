/**
 * @module
 * Attribution: which outlets reported a story, with links. Pure.
 */
export { attributeStories, attributeStory } from './attribute-story.ts'
