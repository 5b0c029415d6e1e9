/**
 * Parts of the pane that are not on its first screen (the mid-year view, the audit list, the
 * conflict dialog, the report text, 识别表格, the settings, the explanation editor) load their
 * code the first time they show, out of the opening download. While it loads, the place shows a
 * spinner; code that could not load (the network went away) gives the pane's usual error notice,
 * never a blank pane, and is asked for again the next time the part shows.
 */
import {
  Component,
  Suspense,
  createContext,
  lazy,
  useContext,
  type ComponentType,
  type ReactNode,
} from 'react';

/** Which showing of a part this is: each OnDemand place (and each retry of it) is a new one. */
const Showing = createContext<object>({});

/** A component whose code is a chunk of its own, loaded when it first renders. */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let failed = false;
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    );
  let current = make();
  let shownIn: object | null = null;
  function OnDemandPart(props: P) {
    const showing = useContext(Showing);
    // React keeps a failed lazy failed: the next showing (not a re-render of this one, which
    // would ask again and again) loads anew.
    if (failed && showing !== shownIn) {
      current = make();
      failed = false;
    }
    shownIn = showing;
    const Loaded = current;
    return <Loaded {...props} />;
  }
  return OnDemandPart;
}

export interface OnDemandProps {
  /** Shown while the code loads. */
  fallback: ReactNode;
  /** The code could not load (or the part failed): the pane says so in its error notice. */
  onError: (error: unknown) => void;
  /** When it changes after a failure, the part is tried again (a new recalculation, say). */
  resetKey?: unknown;
  children: ReactNode;
}

/** Where an onDemand component renders: its loading state, and nothing once it failed. */
export class OnDemand extends Component<OnDemandProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override componentDidUpdate(previous: OnDemandProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.showing = {};
      this.setState({ failed: false });
    }
  }

  /** This place's showing (see onDemand). */
  private showing: object = {};

  override render(): ReactNode {
    if (this.state.failed) return null;
    return (
      <Showing.Provider value={this.showing}>
        <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>
      </Showing.Provider>
    );
  }
}
