/** Where the statements waiting for the LRS are kept (localStorage): one queue for every tab of the site. */
export const queueKey = 'glasshouse.xapi.queue.v1';
