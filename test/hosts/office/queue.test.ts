import { OperationQueue } from '../../../src/hosts/office/queue';

/** A task that finishes when the test says so. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const log: string[] = [];
  const task = async () => {
    log.push('start');
    await opened;
    log.push('end');
    return value;
  };
  return { task, open, log };
}

describe('OperationQueue', () => {
  it('refuses a second operation while one runs, with a message naming the running one', async () => {
    const queue = new OperationQueue();
    const first = gate(1);
    const running = queue.run('recalculate', first.task);
    expect(queue.busy).toBe(true);
    const second = jest.fn(async () => 2);
    const refused = queue.run('annotate', second);
    await expect(refused).rejects.toMatchObject({ code: 'Busy' });
    await expect(refused).rejects.toThrow('正在重新计算，请等它完成后再试。');
    await expect(queue.run('recalculate', second, { locale: 'en-US' })).rejects.toThrow(
      'Busy with the recalculation',
    );
    expect(second).not.toHaveBeenCalled();
    first.open();
    await expect(running).resolves.toBe(1);
    expect(queue.busy).toBe(false);
    await expect(queue.run('annotate', second)).resolves.toBe(2);
  });

  it('runs a waiting operation after the running one, never interleaved, even when that one fails', async () => {
    const queue = new OperationQueue();
    const order: string[] = [];
    let fail!: (error: Error) => void;
    const first = queue.run('recalculate', async () => {
      order.push('recalculate start');
      await new Promise<void>((_, reject) => (fail = reject));
    });
    const second = queue.run(
      'annotate',
      async () => {
        order.push(`annotate start (running: ${queue.running})`);
        return 'saved';
      },
      { wait: true },
    );
    await Promise.resolve();
    expect(order).toEqual(['recalculate start']);
    fail(new Error('Excel failed'));
    await expect(first).rejects.toThrow('Excel failed');
    await expect(second).resolves.toBe('saved');
    expect(order).toEqual(['recalculate start', 'annotate start (running: annotate)']);
    expect(queue.running).toBeNull();
  });
});
